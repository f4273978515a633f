package org.lumen.viewer.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

class CornerTextLayoutTest {
    private static DataSet header() {
        return new DataSet().setString(Tag.PatientName, VR.PN, "Doe^Jane").setString(Tag.PatientID, VR.LO, "P-7")
                .setString(Tag.StudyDate, VR.DA, "20240131").setString(Tag.AcquisitionTime, VR.TM, "101502.25")
                .setString(Tag.Modality, VR.CS, "CT");
    }

    @Test
    void fillsPlaceholdersFormatsDatesTimesAndNamesInLineOrder() throws IOException {
        CornerTextLayout layout = CornerTextLayout.parse("""
                top-left.2 = ID {PatientID}
                top-left.1 = {PatientName}
                top-right.1 = {StudyDate} {AcquisitionTime}
                top-right.2 = {InstitutionName}
                top-right.3 = {Modality}  [Se {SeriesNumber}]  fixed text
                bottom-left.1 = always here
                """);
        DataSet ds = header();
        assertThat(layout.lines(CornerTextLayout.Corner.TOP_LEFT, ds)).containsExactly("Doe Jane", "ID P-7");
        assertThat(layout.lines(CornerTextLayout.Corner.TOP_RIGHT, ds)).containsExactly("2024-01-31 10:15:02", "CT  fixed text");
        assertThat(layout.lines(CornerTextLayout.Corner.BOTTOM_LEFT, ds)).containsExactly("always here");
        ds.setString(Tag.SeriesNumber, VR.IS, "3");
        assertThat(layout.lines(CornerTextLayout.Corner.TOP_RIGHT, ds)).contains("CT  Se 3  fixed text");
    }

    @Test
    void typosAreReportedNotIgnored() {
        assertThatThrownBy(() -> CornerTextLayout.parse("top-left.1 = {PatientNmae}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PatientNmae");
        assertThatThrownBy(() -> CornerTextLayout.parse("middle.1 = {PatientName}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("middle.1");
    }

    @Test
    void userFileReplacesTheBuiltInOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corner-text.properties");
        assertThat(CornerTextLayout.userOrBuiltIn(file).lines(CornerTextLayout.Corner.TOP_LEFT, header()))
                .containsExactly("Doe Jane", "P-7");
        Files.writeString(file, "top-left.1 = Patient {PatientID}\n");
        assertThat(CornerTextLayout.userOrBuiltIn(file).lines(CornerTextLayout.Corner.TOP_LEFT, header()))
                .containsExactly("Patient P-7");
    }
}
