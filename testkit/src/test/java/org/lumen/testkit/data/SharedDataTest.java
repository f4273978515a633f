package org.lumen.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedDataTest {

    @Test
    void absentOrBlankPropertyMeansNoData() {
        assertThat(SharedData.studyforrestT1(Optional.empty())).isEmpty();
        assertThat(SharedData.studyforrestT1(Optional.of(" "))).isEmpty();
    }

    @Test
    void sharedFolderWithoutTheSeriesMeansNoData(@TempDir Path shared) {
        assertThat(SharedData.studyforrestT1(Optional.of(shared.toString()))).isEmpty();
    }

    @Test
    void presentSeriesIsFound(@TempDir Path shared) throws Exception {
        Path series = Files.createDirectories(shared.resolve("data/studyforrest-t1"));
        assertThat(SharedData.studyforrestT1(Optional.of(shared + "/./"))).contains(series);
    }
}
