package org.lumen.viewer.priors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.viewer.browser.StudyRow;

class PatientTimelineTest {
    static StudyRow row(String server, String uid, String pid, String date, String description) {
        return new StudyRow(server, uid, "Doe^Jane", pid, "19600101", date, "A1", "CT", description, 2, 40);
    }

    @Test
    void oneEntryPerStudyNewestFirstWithEverySource() {
        PatientTimeline t = PatientTimeline.of("P1", List.of(
                row("Archive", "1.1", "P1", "20220110", "CT chest"),
                row("Cloud", "1.3", "P1", "20240301", "CT chest follow-up"),
                row("Cloud", "1.1", "P1", "20220110", ""),
                row("Archive", "1.2", "P1", "", "outside study"),
                row("Archive", "9.9", "P2", "20250101", "another patient"),
                row("Archive", "1.4", "P1", "20230615", "MR brain")));
        assertThat(t.entries()).extracting(TimelineEntry::studyUid).containsExactly("1.3", "1.4", "1.1", "1.2");
        TimelineEntry both = t.find("1.1").orElseThrow();
        assertThat(both.servers()).containsExactly("Archive", "Cloud");
        assertThat(both.description()).isEqualTo("CT chest");
        assertThat(both.line()).isEqualTo("2022-01-10  CT  CT chest  \u2014 Archive, Cloud");
        assertThat(t.priorsOf("1.4")).extracting(TimelineEntry::studyUid).containsExactly("1.1", "1.2");
        assertThat(t.priorsOf("1.3")).extracting(TimelineEntry::studyUid).containsExactly("1.4", "1.1", "1.2");
    }
}
