package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.sr.Concepts;
import org.lumen.dicom.sr.ImageRef;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;
import org.lumen.viewer.keys.AnnotationArchive;
import org.lumen.viewer.keys.ArchiveNotice;
import org.lumen.viewer.keys.ArchivedAnnotations;
import org.lumen.viewer.keys.ArchivedMeasurement;
import org.lumen.viewer.measure.Calibration;
import org.lumen.viewer.measure.ImagePoint;
import org.lumen.viewer.measure.Measurement;
import org.lumen.viewer.measure.MeasurementResult;
import org.lumen.viewer.servers.StudyLink;
import org.lumen.viewer.tools.ViewerAction;
import org.lumen.viewer.testdata.WorkstationConfig;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Key images and measurements through a real Orthanc: a key image (K) and a length saved with Ctrl+S
 * come back, read-only, when the study is opened again in a fresh window (as on another workstation),
 * and Orthanc holds one KO and one SR referring to that slice; a save while the server is down shows the
 * error with Retry, loses nothing, and Retry saves once the server is back.
 */
@UiTest
@WithOrthanc
class KeyImagesUiTest extends WorkstationUiBase {
    private static final String SERVER = "Test Orthanc";
    private static final int SLICES = 20;
    private static final double TOLERANCE_MM = MeasurePhantom.SPACING / 2;

    @TempDir
    static Path data;
    @TempDir
    static Path config;

    private static DicomWebClient client;

    @BeforeAll
    static void storeStudies(Orthanc orthanc) throws Exception {
        orthanc.deleteAll();
        client = DicomWebClient.builder().server(ServerConfig.of("orthanc", orthanc.dicomWebRoot())
                .withQueryEncoding(QueryEncoding.LITERAL)).build();
        store(study(1), series(1));
        store(study(2), series(2));
        store(study(3), series(3));
        storeForeignReport(study(3));
        URI root = orthanc.dicomWebRoot();
        WorkstationConfig.useServer(config, SERVER, root);
    }

    @AfterAll
    static void clearProperties() {
        WorkstationConfig.clear();
    }

    private static String study(int n) {
        return "1.2.826.0.1.3680043.9.7777.9" + n + "0";
    }

    private static String series(int n) {
        return "1.2.826.0.1.3680043.9.7777.8" + n + "0";
    }

    private static void store(String studyUid, String seriesUid) throws Exception {
        Path folder = data.resolve(seriesUid);
        MeasurePhantom.writeSeries(folder, seriesUid, "Phantom axial 2 mm", SLICES,
                ds -> ds.setString(Tag.StudyInstanceUID, VR.UI, studyUid));
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(client.store(files.sorted().toList()).allStored()).isTrue();
        }
    }

    @Test
    void aKeyImageAndALengthSavedThroughStowComeBackWhenTheStudyIsOpenedAgain() throws Exception {
        String studyUid = study(1);
        String slice7 = series(1) + ".7";
        StackViewport v = openFromServer(studyUid);
        assertThat(onFx(() -> ((javafx.scene.control.MenuItem) menuItem("save-annotations")).isDisable())).isFalse();

        // Slice 7: mark it (K), measure the markers' distance.
        goToSlice7(v);
        robot.type(KeyCode.K);
        waitFor(() -> onFx(() -> v.keyBadge().text()).equals("\u2606 KEY  unsaved"));
        measureMarkers(v);
        assertThat(onFx(() -> workspace().annotations().notice().showing())).isFalse();

        // Ctrl+S: both documents go to Orthanc; what was saved is shown as archived from now on.
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> onFx(() -> workspace().annotations().notice().text()).startsWith("Saved "));
        assertThat(onFx(() -> workspace().annotations().notice().text()))
                .isEqualTo("Saved 1 key image and 1 measurement to " + SERVER);
        assertThat(onFx(() -> v.keyBadge().text())).isEqualTo("\u2605 KEY");
        assertThat(onFx(v::measurements)).isEmpty();
        assertThat(onFx(v::archivedMeasurements)).hasSize(1);

        // A second Ctrl+S has nothing to save.
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> onFx(() -> workspace().annotations().notice().text()).startsWith("Nothing to save"));

        // Orthanc: one KO and one SR instance in the study, referring to slice 7 (QIDO-RS, then the documents).
        assertThat(instancesOf(studyUid, "KO")).isEqualTo(1);
        assertThat(instancesOf(studyUid, "SR")).isEqualTo(1);
        ArchivedAnnotations stored = new AnnotationArchive(client).load(studyUid);
        assertThat(stored.unreadable()).isEmpty();
        assertThat(stored.keyImages()).extracting(ImageRef::sopInstanceUid).containsExactly(slice7);
        org.lumen.dicom.sr.Measurement length = stored.reports().get(0).measurements().get(0);
        assertThat(length.image().sopInstanceUid()).isEqualTo(slice7);
        assertThat(length.values().get(0).concept()).isEqualTo(Concepts.LENGTH);
        assertThat(length.values().get(0).unit()).isEqualTo(Concepts.MM);
        assertThat(length.values().get(0).value()).isCloseTo(MeasurePhantom.MARKER_DISTANCE_MM, within(TOLERANCE_MM));

        // Close the study, then a fresh window (nothing kept in memory, as another workstation) opens it again.
        onFx(() -> {
            workspace().perform(ViewerAction.CLOSE_STUDY);
            return null;
        });
        waitFor(() -> status().equals("Study closed"));
        assertThat(onFx(() -> workspace().annotations().target())).isEmpty();
        freshWindow();
        StackViewport again = openFromServer(studyUid);
        // The series strip lists the image series only: the KO and SR series are documents, not series to show.
        assertThat(onFx(() -> scene().getRoot().lookupAll(".series-thumbnail").size())).isEqualTo(1);
        waitFor(() -> onFx(() -> workspace().annotations().notice().text())
                .equals("From " + SERVER + ": 1 key image and 1 measurement saved before"));
        assertThat(onFx(() -> again.keyBadge().text())).isEmpty(); // the middle slice is not a key image
        robot.push(KeyCode.SHIFT, KeyCode.K); // to the next key image
        waitFor(() -> texts(again).contains("Im 7 / " + SLICES));
        assertThat(status()).isEqualTo("Key image 1 of 1");
        waitFor(() -> onFx(() -> again.keyBadge().text()).equals("\u2605 KEY"));
        assertThat(onFx(() -> again.keyBadge().tooltipText())).startsWith("Key image (Of Interest), saved by ");
        List<ArchivedMeasurement> back = onFx(again::archivedMeasurements);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).label()).isEqualTo("Length 1");
        assertThat(back.get(0).caption()).startsWith("Archived: ");
        Measurement.Length l = (Measurement.Length) back.get(0).measurement();
        assertThat(MeasurementResult.length(l.start(), l.end(), calibration()))
                .isCloseTo(MeasurePhantom.MARKER_DISTANCE_MM, within(TOLERANCE_MM));
        assertThat(measureTexts(again)).contains("42.0 mm");
        assertThat(onFx(again::measurements)).isEmpty(); // read-only: not among the reader's own

        // The reader's own new ellipse beside the archived length, for the documentation's screenshot.
        robot.type(KeyCode.E);
        Point2D a = screenPoint(again, new ImagePoint(MeasurePhantom.SQUARE_FROM + 4, MeasurePhantom.SQUARE_FROM + 4));
        Point2D b = screenPoint(again, new ImagePoint(MeasurePhantom.SQUARE_TO - 4, MeasurePhantom.SQUARE_TO - 4));
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        waitFor(() -> onFx(() -> again.measurements().size()) == 1);
        robot.type(KeyCode.ESCAPE); // deselected: the reader's own in green, the archived one in dashed blue
        UiScreenshots.save(scene(), "key-images");

        // Moving off slice 7 hides the mark and the archived measurement.
        robot.type(KeyCode.DOWN);
        waitFor(() -> texts(again).contains("Im 8 / " + SLICES));
        assertThat(onFx(() -> again.keyBadge().text())).isEmpty();
        assertThat(onFx(again::archivedMeasurements)).isEmpty();
    }

    @Test
    void aSaveWhileTheServerIsDownShowsTheErrorLosesNothingAndRetrySaves(Orthanc orthanc) throws Exception {
        String studyUid = study(2);
        StackViewport v = openFromServer(studyUid);
        goToSlice7(v);
        robot.type(KeyCode.K);
        measureMarkers(v);

        orthanc.kill();
        try {
            onFx(() -> {
                workspace().perform(ViewerAction.SAVE_ANNOTATIONS);
                return null;
            });
            waitFor(() -> onFx(() -> workspace().annotations().notice().kind()) == ArchiveNotice.Kind.FAILED);
            assertThat(onFx(() -> workspace().annotations().notice().text()))
                    .startsWith("Not saved to " + SERVER + ": ").endsWith("Nothing is lost: Retry now, or save again later.");
            assertThat(onFx(() -> robot.lookup("#archive-retry").query().isVisible())).isTrue();
            UiScreenshots.save(scene(), "key-images-save-failed");
            // Nothing lost: still marked (unsaved), the length still the reader's own.
            assertThat(onFx(() -> v.keyBadge().text())).isEqualTo("\u2606 KEY  unsaved");
            assertThat(onFx(v::measurements)).hasSize(1);
            assertThat(onFx(v::archivedMeasurements)).isEmpty();
        } finally {
            orthanc.restart();
        }

        robot.clickOn("#archive-retry");
        waitFor(() -> onFx(() -> workspace().annotations().notice().text()).startsWith("Saved "));
        assertThat(onFx(() -> workspace().annotations().notice().text()))
                .isEqualTo("Saved 1 key image and 1 measurement to " + SERVER);
        assertThat(onFx(() -> v.keyBadge().text())).isEqualTo("\u2605 KEY");
        assertThat(instancesOf(studyUid, "KO")).isEqualTo(1);
        assertThat(instancesOf(studyUid, "SR")).isEqualTo(1);

        // Closing the study with unsaved work says what was dropped.
        clickCentre(v.node());
        robot.type(KeyCode.DOWN);
        waitFor(() -> texts(v).contains("Im 8 / " + SLICES)); // K marks the image on screen
        robot.type(KeyCode.K);
        waitFor(() -> onFx(() -> v.keyBadge().text()).equals("\u2606 KEY  unsaved"));
        measureMarkers(v);
        onFx(() -> {
            workspace().perform(ViewerAction.CLOSE_STUDY);
            return null;
        });
        waitFor(() -> status().equals("Study closed"));
        assertThat(onFx(() -> workspace().annotations().notice().text()))
                .isEqualTo("The previous study had 1 key image and 1 measurement not saved to " + SERVER + "; they were dropped.");
    }

    @Test
    void aDocumentThatCannotBeReadIsListedAndTheStudyStillOpens() throws Exception {
        StackViewport v = openFromServer(study(3));
        waitFor(() -> onFx(() -> workspace().annotations().notice().kind()) == ArchiveNotice.Kind.WARNING);
        assertThat(onFx(() -> workspace().annotations().notice().text()))
                .startsWith("From " + SERVER + ": nothing. 1 document could not be read (SR " + FOREIGN_SR + ": ");
        assertThat(onFx(() -> v.keyBadge().text())).isEmpty();
        assertThat(onFx(() -> scene().getRoot().lookupAll(".series-thumbnail").size())).isEqualTo(1);
        robot.clickOn("#archive-dismiss");
        waitFor(() -> !onFx(() -> workspace().annotations().notice().showing()));
        // The study works as ever: a key image can be marked and saved beside the foreign report.
        clickCentre(v.node());
        robot.type(KeyCode.K);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> onFx(() -> workspace().annotations().notice().text()).equals("Saved 1 key image to " + SERVER));
    }

    @Test
    void aLocalStudyCannotBeSavedAndSaysWhy() throws Exception {
        Path local = dir.resolve("local");
        PhantomSeries.write(local, PhantomSeries.AXIAL, "MONOCHROME2");
        open(local);
        waitFor(() -> texts(active()).contains("Im 11 / " + PhantomSeries.SLICES));
        assertThat(onFx(() -> ((javafx.scene.control.MenuItem) menuItem("save-annotations")).isDisable())).isTrue();
        assertThat(onFx(() -> robot.lookup("#save-annotations-button").query().isDisabled())).isTrue();
        clickCentre(active().node());
        robot.type(KeyCode.K);
        waitFor(() -> status().startsWith("Key images are saved in the study on its server"));
        assertThat(onFx(() -> active().keyBadge().text())).isEmpty();
        onFx(() -> {
            workspace().perform(ViewerAction.SAVE_ANNOTATIONS);
            return null;
        });
        assertThat(onFx(() -> workspace().annotations().notice().text())).startsWith("Nothing can be saved: Key images and measurements");
        // The help panel lists the keys.
        assertThat(onFx(() -> workspace().help().content().lookupAll(".help-description").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList()))
                .contains("Mark / unmark the shown image as a key image", "Go to the next key image of the open series",
                        "Save key images and measurements to the study's server");
        // MPR planes are not acquired images: K says to leave MPR first.
        onFx(() -> {
            workspace().perform(ViewerAction.MPR);
            return null;
        });
        waitFor(() -> onFx(() -> workspace().mpr().shown().isPresent())); // the volume in and its status line written: K's answer comes after it
        onFx(() -> {
            workspace().perform(ViewerAction.KEY_IMAGE);
            return null;
        });
        assertThat(status()).isEqualTo("Key images are the acquired images: leave MPR first (Ctrl+M)");
        onFx(() -> {
            workspace().perform(ViewerAction.MPR);
            return null;
        });
    }

    // ---- steps

    private StackViewport openFromServer(String studyUid) throws Exception {
        onFx(() -> {
            window.openLink(new StudyLink(SERVER, studyUid, ""));
            return null;
        });
        waitFor(() -> texts(active()).contains("Im 11 / " + SLICES));
        onFx(() -> {
            stage.toFront();
            stage.requestFocus();
            return null;
        });
        StackViewport v = active();
        clickCentre(v.node());
        return v;
    }

    private void goToSlice7(StackViewport v) throws Exception {
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.DOWN, 6);
        waitFor(() -> texts(v).contains("Im 7 / " + SLICES));
    }

    private void measureMarkers(StackViewport v) throws Exception {
        robot.type(KeyCode.L);
        Point2D a = screenPoint(v, ImagePoint.pixelCenter(MeasurePhantom.MARKER_A_COLUMN, MeasurePhantom.MARKER_ROW));
        Point2D b = screenPoint(v, ImagePoint.pixelCenter(MeasurePhantom.MARKER_B_COLUMN, MeasurePhantom.MARKER_ROW));
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.midpoint(b)).moveTo(b).release(MouseButton.PRIMARY);
        waitFor(() -> onFx(() -> v.measurements().size()) == 1);
    }

    /** Replaces the window by a new one: a fresh workstation state, nothing of the first kept. */
    private void freshWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.close();
            stage = new Stage();
            window = new MainWindow(stage);
            stage.setX(0);
            stage.setY(0);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object menuItem(String id) {
        return ((javafx.scene.control.MenuBar) ((javafx.scene.layout.VBox) ((javafx.scene.layout.BorderPane) scene().getRoot())
                .getTop()).getChildren().get(0)).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static Calibration calibration() {
        return new Calibration(MeasurePhantom.SPACING, MeasurePhantom.SPACING, Calibration.Kind.CALIBRATED);
    }

    private static final String FOREIGN_SR = "1.2.826.0.1.3680043.9.7777.99.1";

    /** Another system's report (a Basic Text SR, not TID 1500) in the study: listed as unreadable, never drawn. */
    private static void storeForeignReport(String studyUid) throws Exception {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.88.11");
        ds.setString(Tag.SOPInstanceUID, VR.UI, FOREIGN_SR);
        ds.setString(Tag.StudyInstanceUID, VR.UI, studyUid);
        ds.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.826.0.1.3680043.9.7777.99");
        ds.setString(Tag.Modality, VR.CS, "SR");
        ds.setString(Tag.PatientName, VR.PN, "Measure^Phantom");
        ds.setString(Tag.PatientID, VR.LO, "MP-1");
        ds.setInt(Tag.SeriesNumber, VR.IS, 50);
        ds.setInt(Tag.InstanceNumber, VR.IS, 1);
        ds.setString(0x0040A040, VR.CS, "CONTAINER"); // Value Type
        Path file = data.resolve("foreign-sr.dcm");
        org.lumen.dicom.io.Part10Writer.write(org.lumen.dicom.io.DicomFile.of(ds, org.lumen.dicom.TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
        assertThat(client.store(List.of(file)).allStored()).isTrue();
    }

    private static int instancesOf(String studyUid, String modality) throws Exception {
        int count = 0;
        for (DataSet series : client.search(QidoQuery.seriesOfStudy(studyUid).match(Tag.Modality, modality).build())) {
            count += client.search(QidoQuery.instancesOfSeries(studyUid, series.getString(Tag.SeriesInstanceUID, "")).build()).size();
        }
        return count;
    }
}
