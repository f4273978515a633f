package org.lumen.viewer.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class WindowsUrlSchemeTest {
    private final WindowsUrlScheme scheme = new WindowsUrlScheme(Path.of("C:\\Program Files\\Lumen\\Lumen.exe"));

    @Test
    void linksRunTheLauncherWithOpenAndTheLink() {
        assertThat(scheme.openCommand()).isEqualTo("\"C:\\Program Files\\Lumen\\Lumen.exe\" open \"%1\"");
    }

    @Test
    void registersAPerUserUrlProtocolKey() {
        List<List<String>> commands = scheme.registryCommands();
        assertThat(commands).allSatisfy(c -> assertThat(c).startsWith("reg", "add").endsWith("/f"));
        assertThat(commands).extracting(c -> c.get(2)).containsExactly("HKCU\\Software\\Classes\\lumen",
                "HKCU\\Software\\Classes\\lumen", "HKCU\\Software\\Classes\\lumen\\DefaultIcon",
                "HKCU\\Software\\Classes\\lumen\\shell\\open\\command");
        assertThat(commands.get(1)).containsSubsequence("/v", "URL Protocol", "/d", "");
        assertThat(commands.get(3)).containsSubsequence("/ve", "/d", scheme.openCommand());
    }

    @Test
    void nothingIsRegisteredOutsideAPackagedWindowsApplication() {
        // this test runs on Linux, without jpackage's jpackage.app-path
        assertThat(WindowsUrlScheme.forThisProcess()).isEmpty();
    }
}
