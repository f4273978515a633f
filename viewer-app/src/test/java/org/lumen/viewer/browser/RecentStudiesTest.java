package org.lumen.viewer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.viewer.servers.ConfigFolder;

class RecentStudiesTest {
    @TempDir
    Path dir;

    private static StudyRow row(String server, String uid) {
        return new StudyRow(server, uid, "Doe^Jane", "P1", "19600101", "20240101", "A1", "CT", "Chest", 2, 40);
    }

    @Test
    void newestFirstWithoutDuplicatesAndPersisted() throws Exception {
        RecentStudies recent = new RecentStudies(new ConfigFolder(dir));
        recent.add(row("North", "1.1"));
        recent.add(row("South", "1.1"));
        recent.add(row("North", "1.2"));
        recent.add(row("North", "1.1"));
        assertThat(new RecentStudies(new ConfigFolder(dir)).load()).extracting(r -> r.server() + "/" + r.studyUid())
                .containsExactly("North/1.1", "North/1.2", "South/1.1");
        assertThat(new RecentStudies(new ConfigFolder(dir)).load().get(0)).isEqualTo(row("North", "1.1"));
        assertThat(Files.readString(dir.resolve(RecentStudies.NAME))).contains("\"patientName\" : \"Doe^Jane\"");
    }

    @Test
    void keepsAtMostTheLimit() throws Exception {
        RecentStudies recent = new RecentStudies(new ConfigFolder(dir));
        for (int i = 0; i < RecentStudies.LIMIT + 5; i++) {
            recent.add(row("North", "1." + i));
        }
        assertThat(recent.load()).hasSize(RecentStudies.LIMIT).first().extracting(StudyRow::studyUid)
                .isEqualTo("1." + (RecentStudies.LIMIT + 4));
    }
}
