package org.lumen.viewer.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.UID;
import org.lumen.dicom.sr.Concepts;
import org.lumen.dicom.sr.DocumentOrigin;
import org.lumen.dicom.sr.GraphicType;
import org.lumen.dicom.sr.ImagePoint;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicom.sr.KeyObjectSelection;
import org.lumen.dicom.sr.Measurement;
import org.lumen.dicom.sr.NumericValue;
import org.lumen.dicom.sr.StudyHeader;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.ServerConfig;

/** Marking, preparing a save, keeping everything when it fails, and what counts as a key image. */
class KeyImageSelectionTest {
    private static final StudyHeader STUDY = new StudyHeader("2.25.10", "Doe^Jane", "P1", "", "", "", "", "", "", "");
    private static final ImageRef A = new ImageRef("2.25.20", UID.CTImageStorage, "2.25.31", 0);
    private static final ImageRef B = new ImageRef("2.25.20", UID.CTImageStorage, "2.25.32", 0);
    private static final Measurement LENGTH = new Measurement(UID.generate(), "Length 1", A, GraphicType.POLYLINE,
            List.of(new ImagePoint(1, 1), new ImagePoint(4, 5)), List.of(new NumericValue(Concepts.LENGTH, 5, Concepts.MM)));

    @Test
    void togglingMarksAndUnmarks() {
        KeyImageSelection keys = new KeyImageSelection();
        assertThat(keys.toggle(A)).isTrue();
        assertThat(keys.toggle(B)).isTrue();
        assertThat(keys.toggle(A)).isFalse();
        assertThat(keys.unsaved()).containsExactly(B);
        assertThat(keys.isKey("2.25.32", 1)).isTrue();
        assertThat(keys.isKey("2.25.31", 1)).isFalse();
    }

    @Test
    void nothingToSaveIsEmpty() {
        assertThat(new KeyImageSelection().prepare(STUDY, "R", "WS", List.of())).isEmpty();
    }

    @Test
    void aFailedSaveLosesNothingAndASuccessfulOneClearsOnlyWhatItSaved() throws Exception {
        KeyImageSelection keys = new KeyImageSelection();
        keys.toggle(A);
        PendingSave save = keys.prepare(STUDY, "Reader^Anna", "WS1", List.of(LENGTH)).orElseThrow();
        assertThat(save.keyObjects().orElseThrow().images()).containsExactly(A);
        assertThat(save.keyObjects().orElseThrow().title()).isEqualTo(KeyObjectSelection.OF_INTEREST);
        assertThat(save.report().orElseThrow().measurements()).containsExactly(LENGTH);
        assertThat(save.report().orElseThrow().origin().author()).isEqualTo("Reader^Anna");

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AnnotationArchive down = new AnnotationArchive(DicomWebClient.builder()
                .server(ServerConfig.of("down", URI.create("http://127.0.0.1:" + port + "/dicom-web"))).build());
        assertThatThrownBy(() -> save.sendTo(down)).isInstanceOf(ArchiveSaveException.class);
        assertThat(keys.unsaved()).containsExactly(A);

        keys.toggle(B);
        keys.saved(save);
        assertThat(keys.unsaved()).containsExactly(B);
    }

    @Test
    void archivedKeyImagesAreKeyImagesToo() {
        KeyImageSelection keys = new KeyImageSelection();
        keys.setArchived(new ArchivedAnnotations(List.of(new KeyObjectSelection(STUDY,
                new DocumentOrigin("2.25.50", "2.25.51", 901, 1, "Other^Reader", "WS2", LocalDateTime.of(2026, 1, 2, 3, 4)),
                KeyObjectSelection.OF_INTEREST, "", List.of(B))), List.of(), List.of()));
        assertThat(keys.isKey("2.25.32", 1)).isTrue();
        assertThat(keys.unsaved()).isEmpty();
    }
}
