package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.lumen.viewer.demo.DemoStudy;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.ServerSettingsFile;

class DemoStartTest {
    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftOver() {
        DemoStart.take();
    }

    @Test
    void withoutServerSettingsTheDemoStudyIsGeneratedAndReadAheadOnce() throws Exception {
        DemoStart.begin(new ConfigFolder(dir.resolve("config")), dir.resolve("cache"));
        var scan = DemoStart.take().orElseThrow().get(60, TimeUnit.SECONDS);
        assertThat(scan.problems()).isEmpty();
        assertThat(scan.series()).extracting(OpenedSeries::description).containsExactly("CT DEMO Axial 2.5 mm (100 images)", "CT DEMO Coronal 3 mm (60 images)");
        assertThat(scan.series()).extracting(s -> s.images().size()).containsExactly(100, 60);
        assertThat(scan.series().get(0).images().get(0).dataSet().getString(org.lumen.dicom.Tag.PatientName).orElseThrow())
                .isEqualTo(DemoStudy.PATIENT_NAME);
        assertThat(dir.resolve("cache/demo-study")).isDirectory();
        assertThat(DemoStart.take()).as("taken once; a later demo opens the ordinary way").isEmpty();
    }

    @Test
    void withServerSettingsTheStartShowsTheBrowserSoNothingIsRead() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config").resolve(ServerSettingsFile.NAME), "{\"servers\": []}");
        DemoStart.begin(new ConfigFolder(dir.resolve("config")), dir.resolve("cache"));
        assertThat(DemoStart.take()).isEmpty();
        assertThat(dir.resolve("cache")).doesNotExist();
    }
}
