package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StudyLinkTest {
    @Test
    void parsesServerStudyAndSeries() {
        StudyLink link = StudyLink.parse("lumen://open?server=North%20Hospital&study=1.2.3&series=1.2.3.4");
        assertThat(link).isEqualTo(new StudyLink("North Hospital", "1.2.3", "1.2.3.4"));
        assertThat(link.series()).contains("1.2.3.4");
    }

    @Test
    void seriesIsOptionalAndLinkRoundTrips() {
        StudyLink link = StudyLink.parse("LUMEN://open/?study=1.2.840.99&server=pacs");
        assertThat(link.series()).isEmpty();
        assertThat(StudyLink.parse(link.toLink())).isEqualTo(link);
        StudyLink spaced = new StudyLink("Site A+B", "1.2", "3.4");
        assertThat(StudyLink.parse(spaced.toLink())).isEqualTo(spaced);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://open?server=a&study=1.2|the scheme must be lumen://, not http://",
        "lumen:open?server=a|expected lumen://open",
        "lumen://show?server=a&study=1.2|the only action is lumen://open, not lumen://show",
        "lumen://open|the link has no query",
        "lumen://open?server=a|names no study",
        "lumen://open?study=1.2|names no server",
        "lumen://open?server=a&study=1.2.x|the study UID \"1.2.x\" is not a DICOM UID",
        "lumen://open?server=a&study=1.2&series=abc|the series UID \"abc\" is not a DICOM UID",
        "lumen://open?server=a&study=1.2&study=1.3|parameter \"study\" is given twice",
        "lumen://open?server=a&study=1.2&patient=x|unknown parameter \"patient\"",
        "lumen://open?server=a&study|parameter \"study\" is not name=value",
        "lumen://open?server=%zz&study=1.2|Malformed escape pair at index 20",
        "lumen://open?server=&study=1.2|the server name is empty",
        "lumen://open?server=a b&study=1.2|not a URI",
    })
    void badLinksNameTheProblem(String link, String problem) {
        assertThatThrownBy(() -> StudyLink.parse(link)).isInstanceOf(StudyLink.BadLinkException.class)
                .hasMessageContaining(problem);
    }
}
