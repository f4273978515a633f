package org.lumen.viewer.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void aFileFromAFileAssociationIsOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("image.dcm"), "x");
        assertThat(LaunchArguments.normalise(new String[] {file.toString()})).containsExactly("open", file.toString());
    }

    @Test
    void aLinkFromTheUrlSchemeIsOpened() {
        String link = "lumen://open?server=site&study=1.2.3";
        assertThat(LaunchArguments.normalise(new String[] {link})).containsExactly("open", link);
        assertThat(LaunchArguments.normalise(new String[] {"LUMEN://open?server=a&study=1"})).startsWith("open");
    }

    @Test
    void commandsOptionsAndUnknownWordsAreLeftAlone() {
        assertThat(LaunchArguments.normalise(new String[] {"render", "x"})).containsExactly("render", "x");
        assertThat(LaunchArguments.normalise(new String[] {"--version"})).containsExactly("--version");
        assertThat(LaunchArguments.normalise(new String[] {"rendr"})).containsExactly("rendr");
        assertThat(LaunchArguments.normalise(new String[] {})).isEmpty();
    }

    @Test
    void aMissingFileIsNotTakenForOne() {
        String missing = dir.resolve("gone.dcm").toString();
        assertThat(LaunchArguments.normalise(new String[] {missing})).containsExactly(missing);
    }
}
