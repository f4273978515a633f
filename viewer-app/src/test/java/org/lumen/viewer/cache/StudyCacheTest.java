package org.lumen.viewer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.viewer.testdata.SyntheticStudies;

/** A cached series read back by {@link StudyCache#instances} (the warm open): every instance whole, a damaged one left out. */
class StudyCacheTest {
    @TempDir
    Path dir;

    @Test
    void instancesGivesEveryCachedInstanceOfTheSeriesAndLeavesOutADamagedOne() throws IOException {
        SyntheticStudies.Study study = SyntheticStudies.write(dir.resolve("data"), "Cache^Test", "CT-1", "20261204", "Chest",
                List.of(new SyntheticStudies.Series("CT", "Axial", 12), new SyntheticStudies.Series("CT", "Coronal", 3)));
        List<byte[]> kept = new ArrayList<>();
        try (StudyCache cache = StudyCache.session(dir.resolve("cache"))) {
            for (Path file : study.files()) {
                byte[] part10 = Files.readAllBytes(file);
                DataSet header = Part10Reader.read(new ByteArrayInputStream(part10), ReadOptions.DEFAULT).dataSet();
                cache.keep("pacs", header, part10);
                kept.add(part10);
            }
            String axial = study.seriesUids().get(0);
            List<byte[]> back = cache.instances("pacs", study.studyUid(), axial);
            assertThat(back).hasSize(12);
            for (byte[] instance : back) {
                assertThat(kept).anySatisfy(k -> assertThat(k).isEqualTo(instance));
            }
            assertThat(cache.instances("pacs", study.studyUid(), study.seriesUids().get(1))).hasSize(3);
            assertThat(cache.instances("other-server", study.studyUid(), axial)).isEmpty();

            Path entry;
            try (Stream<Path> files = Files.walk(cache.folder().resolve("cache").resolve("entries"))) {
                entry = files.filter(Files::isRegularFile).findFirst().orElseThrow();
            }
            byte[] damaged = Files.readAllBytes(entry);
            damaged[damaged.length - 3] ^= 0x10;
            Files.write(entry, damaged);
            int total = cache.instances("pacs", study.studyUid(), axial).size()
                    + cache.instances("pacs", study.studyUid(), study.seriesUids().get(1)).size();
            assertThat(total).as("the damaged instance is left out, the others are whole").isEqualTo(14);
            assertThat(cache.entries().stats().droppedEntries()).isEqualTo(1);
        }
    }
}
