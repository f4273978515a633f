package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.Request;
import org.junit.jupiter.api.Test;

class LogRedactionTest {

    static String line(String url) {
        return LogRedaction.line(new Request.Builder().url(url).build());
    }

    @Test
    void tagNumberKeysUidValuesAndUnknownKeysAreRedacted() {
        String l = line("https://pacs.example/dicom-web/studies?00100010=Doe%5EJohn&00100020=P1&StudyInstanceUID=1.2.3.4"
                + "&StudyDescription=Head%20of%20Smith&00080061=MR&offset=20&includefield=00081030");
        assertThat(l).isEqualTo("GET /dicom-web/studies?00100010=***&00100020=***&StudyInstanceUID="
                + LogRedaction.uidTag("1.2.3.4") + "&StudyDescription=***&00080061=MR&offset=20&includefield=00081030");
    }

    @Test
    void pathUidsBecomeStableShortTagsOtherSegmentsStay() {
        String l = line("http://h/dicom-web/studies/1.2.840.1/series/1.2.840.2/instances/1.2.840.3/frames/1,2/rendered");
        assertThat(l).matches("GET /dicom-web/studies/uid:[0-9a-f]{8}/series/uid:[0-9a-f]{8}/instances/uid:[0-9a-f]{8}"
                + "/frames/1,2/rendered");
        assertThat(LogRedaction.uidTag("1.2.840.1")).isEqualTo(LogRedaction.uidTag("1.2.840.1"))
                .isNotEqualTo(LogRedaction.uidTag("1.2.840.2"));
        assertThat(line("http://h/dicom-web/studies/1.2.3/bulk/7fe00010")).endsWith("/bulk/7fe00010");
    }
}
