package org.lumen.packaging.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DistRequestTest {
    private static final Path DIST_SOURCES = Path.of("src/dist");

    private static List<String> arguments(String type) {
        return new ArrayList<>(List.of("--lib", "target/app/lib", "--main-jar", "viewer-app-0.1.0-SNAPSHOT.jar",
                "--version", "0.1.0-SNAPSHOT", "--type", type, "--icons", "target/icons",
                "--dist-sources", DIST_SOURCES.toString(), "--work", "target/w", "--dest", "target/d"));
    }

    @Test
    void parsesEveryArgumentAndStripsTheQualifierForInstallers() {
        DistRequest request = DistRequest.parse(arguments("deb"));
        assertThat(request.type()).isEqualTo(InstallerType.DEB);
        assertThat(request.packageVersion()).isEqualTo("0.1.0");
        assertThat(request.lib()).isEqualTo(Path.of("target/app/lib"));
    }

    @Test
    void namesWhatIsMissingUnknownOrRepeated() {
        List<String> missing = arguments("deb");
        missing.subList(0, 2).clear();
        assertThatThrownBy(() -> DistRequest.parse(missing)).hasMessageContaining("--lib");
        List<String> unknown = arguments("deb");
        unknown.addAll(List.of("--colour", "blue"));
        assertThatThrownBy(() -> DistRequest.parse(unknown)).hasMessageContaining("colour");
        List<String> repeated = arguments("deb");
        repeated.addAll(List.of("--type", "msi"));
        assertThatThrownBy(() -> DistRequest.parse(repeated)).hasMessageContaining("--type");
        assertThatThrownBy(() -> DistRequest.parse(arguments("rpm"))).hasMessageContaining("rpm");
    }

    @Test
    void eachInstallerGetsItsPlatformsOptionsAndTheirFilesExist() {
        List<String> deb = InstallerType.DEB.installerOptions(DistRequest.parse(arguments("deb")));
        assertThat(deb).containsSubsequence("--linux-package-deps", "libgtk-3-0, libgl1");
        Path resources = Path.of(deb.get(deb.indexOf("--resource-dir") + 1));
        assertThat(resources.resolve("postinst")).isExecutable();
        assertThat(resources.resolve("postrm")).isExecutable();

        List<String> msi = InstallerType.MSI.installerOptions(DistRequest.parse(arguments("msi")));
        assertThat(msi).contains("--win-menu", "--win-shortcut").containsSubsequence("--win-upgrade-uuid",
                InstallerType.WINDOWS_UPGRADE_UUID);
        assertThat(Path.of(msi.get(msi.indexOf("--file-associations") + 1))).isRegularFile();

        List<String> dmg = InstallerType.DMG.installerOptions(DistRequest.parse(arguments("dmg")));
        assertThat(dmg).containsSubsequence("--mac-package-identifier", "org.lumen.viewer");
        assertThat(InstallerType.DMG.iconFile()).isEqualTo("lumen.icns");
        assertThat(InstallerType.MSI.iconFile()).isEqualTo("lumen.ico");
    }

    @Test
    void launchOptionsComeFromTheFileThatDotLumenReadsToo() throws IOException {
        List<String> options = LaunchOptions.read(DIST_SOURCES.resolve("jvm.options"));
        assertThat(options).contains("--enable-native-access=ALL-UNNAMED", "-XX:+UseZGC")
                .anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage="))
                .noneMatch(option -> option.startsWith("#"));
        assertThat(Files.readString(Path.of("../lumen"))).contains("packaging/src/dist/jvm.options");
        assertThat(LaunchOptions.read(DIST_SOURCES.resolve("jvm-packaged.options")))
                .contains("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=$HOME/.cache/lumen/lumen.jsa");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("-Xmx1g -Xms1g")))
                .hasMessageContaining("one JVM option per line");
    }

    @Test
    void theMacAppImageGetsAnInfoPlistThatRegistersLumenLinks() throws Exception {
        DistRequest request = DistRequest.parse(arguments("dmg"));
        List<String> mac = new DistBuilder(request, new HostPlatform("macosx-universal", "mac"))
                .appImageArguments(Path.of("target/in"), Path.of("target/rt"));
        Path resources = Path.of(mac.get(mac.indexOf("--resource-dir") + 1));
        Path plist = resources.resolve("Info.plist");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // Apple's DTD: no network
        var document = factory.newDocumentBuilder().parse(plist.toFile());
        var xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/plist/dict/key[.='CFBundleURLTypes']/following-sibling::array[1]"
                + "/dict/key[.='CFBundleURLSchemes']/following-sibling::array[1]/string", document)).isEqualTo("lumen");
        // every word jpackage substitutes in its own template is kept, so name, version, icon and the
        // .dcm association still reach the bundle
        assertThat(Files.readString(plist)).contains("DEPLOY_LAUNCHER_NAME", "DEPLOY_ICON_FILE", "DEPLOY_BUNDLE_IDENTIFIER",
                "DEPLOY_BUNDLE_NAME", "DEPLOY_BUNDLE_SHORT_VERSION", "DEPLOY_APP_CATEGORY", "DEPLOY_BUNDLE_CFBUNDLE_VERSION",
                "DEPLOY_BUNDLE_COPYRIGHT", "DEPLOY_FILE_ASSOCIATIONS");
        List<String> windows = new DistBuilder(DistRequest.parse(arguments("msi")), new HostPlatform("windows-amd64", "win"))
                .appImageArguments(Path.of("target/in"), Path.of("target/rt"));
        assertThat(windows).doesNotContain("--resource-dir");
    }

    @Test
    void everyPlatformsLauncherResolvesTheJavaFxModulesOfItsRuntime() throws Exception {
        List<String> javafx = LaunchOptions.read(DIST_SOURCES.resolve("javafx.options"));
        assertThat(javafx).containsExactly("--add-modules=javafx.controls", "--enable-native-access=javafx.graphics");
        assertThat(Files.readString(Path.of("../lumen"))).contains("packaging/src/dist/javafx.options", "--module-path");
        // (Linux's app-image arguments need the icon set for its desktop files: PackagedAppIT reads the built Lumen.cfg)
        for (var platform : List.of(new DistBuilder(DistRequest.parse(arguments("msi")), new HostPlatform("windows-amd64", "win")),
                new DistBuilder(DistRequest.parse(arguments("dmg")), new HostPlatform("macosx-universal", "mac-aarch64")))) {
            List<String> args = platform.appImageArguments(Path.of("target/in"), Path.of("target/rt"));
            for (String option : javafx) {
                assertThat(args).containsSubsequence("--java-options", option);
            }
            assertThat(args).as("JavaFX is linked into the runtime, never on a module or class path of the launcher")
                    .noneMatch(arg -> arg.startsWith("--module-path") || arg.startsWith("-p=") || arg.contains("javafx-"));
        }
    }
}
