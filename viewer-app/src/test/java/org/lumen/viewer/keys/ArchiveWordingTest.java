package org.lumen.viewer.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.sr.DocumentOrigin;

/** How documents, counts, failures and this workstation's identity are worded. */
class ArchiveWordingTest {
    @Test
    void anOriginReadsAsPersonStationAndDate() {
        DocumentOrigin origin = new DocumentOrigin("2.25.1", "2.25.2", 901, 1, "Reader^Anna", "LUMEN-WS2",
                LocalDateTime.of(2026, 12, 4, 13, 20, 41));
        assertThat(ArchiveWording.origin(origin)).isEqualTo("Anna Reader, LUMEN-WS2, 2026-12-04 13:20");
        DocumentOrigin anonymous = new DocumentOrigin("2.25.1", "2.25.2", 901, 1, "", "", LocalDateTime.of(2026, 1, 2, 3, 4));
        assertThat(ArchiveWording.origin(anonymous)).isEqualTo("2026-01-02 03:04");
        assertThat(ArchiveWording.person("radiologist")).isEqualTo("radiologist");
        assertThat(ArchiveWording.person("Doe^^^Dr")).isEqualTo("Dr Doe");
    }

    @Test
    void countsAndContents() {
        assertThat(ArchiveWording.contents(1, 0)).isEqualTo("1 key image");
        assertThat(ArchiveWording.contents(2, 1)).isEqualTo("2 key images and 1 measurement");
        assertThat(ArchiveWording.contents(0, 3)).isEqualTo("3 measurements");
        assertThat(ArchiveWording.contents(0, 0)).isEqualTo("nothing");
    }

    @Test
    void failuresSayWhatWentWrong() {
        IOException down = new IOException("GET failed", new ConnectException("Failed to connect to /127.0.0.1:9"));
        assertThat(ArchiveWording.failure(new ArchiveSaveException("saving to PACS failed: GET failed", down)))
                .isEqualTo("the server cannot be reached (Failed to connect to /127.0.0.1:9)");
        assertThat(ArchiveWording.failure(new ArchiveSaveException("the server (HTTP 409) kept 1 of 2 documents; refused: [2.25.5]",
                List.of("2.25.5")))).isEqualTo("the server (HTTP 409) kept 1 of 2 documents; refused: [2.25.5]");
        assertThat(ArchiveWording.failure(new ArchiveSaveException("saving failed", new IOException("HTTP 503 Service Unavailable"))))
                .isEqualTo("HTTP 503 Service Unavailable");
    }

    @Test
    void aServerThatCannotBeReachedIsSaidSoWhenReading() {
        assertThat(ArchiveWording.readFailure("Site A", new IOException("unexpected end of stream on http://127.0.0.1:9/...")))
                .isEqualTo("Key images and measurements saved on Site A are not shown: the server cannot be reached "
                        + "(unexpected end of stream on http://127.0.0.1:9/...). Open the study again once it is back.");
        assertThat(ArchiveWording.readFailure("Site A", new org.lumen.dicomweb.DicomWebException(
                org.lumen.dicomweb.DicomWebException.Problem.HTTP_STATUS, 503, "HTTP 503 Service Unavailable", null)))
                .startsWith("Could not read the key images and measurements of this study from Site A: ")
                .endsWith("HTTP 503 Service Unavailable");
        assertThat(ArchiveWording.readFailure("Site A", new IllegalStateException("bad SR")))
                .isEqualTo("Could not read the key images and measurements of this study from Site A: bad SR");
    }

    @Test
    void theStationNameFitsItsVr() {
        StationIdentity id = new StationIdentity(" reader ", "A-VERY-LONG-WORKSTATION-NAME");
        assertThat(id.author()).isEqualTo("reader");
        assertThat(id.station()).isEqualTo("A-VERY-LONG-WORK").hasSize(16);
        assertThat(StationIdentity.ofThisMachine().station().length()).isLessThanOrEqualTo(16);
    }
}
