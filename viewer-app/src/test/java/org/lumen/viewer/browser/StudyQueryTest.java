package org.lumen.viewer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;

class StudyQueryTest {
    private static Map<String, String> params(StudyQuery q) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        q.toQido().build().parameters().stream().filter(e -> !e.getKey().equals("includefield"))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Test
    void textFieldsMatchAsPrefixesUnlessTheyHaveWildcards() {
        StudyQuery q = new StudyQuery("Smith", "12", "A?7", "", "", "ct", "chest", false);
        assertThat(params(q)).containsExactly(Map.entry("00100010", "Smith*"), Map.entry("00100020", "12*"),
                Map.entry("00080050", "A?7"), Map.entry("00080061", "CT"), Map.entry("00081030", "*chest*"));
    }

    @Test
    void historyMatchesThePatientIdExactly() {
        assertThat(params(StudyQuery.history("PID-7"))).containsExactly(Map.entry("00100020", "PID-7"));
    }

    @Test
    void datesBecomeARange() {
        StudyQuery q = StudyQuery.any().withDates(Optional.of(LocalDate.of(2024, 1, 2)), Optional.empty());
        assertThat(params(q)).containsExactly(Map.entry("00080020", "20240102-"));
        assertThat(params(StudyQuery.any())).isEmpty();
        assertThat(StudyQuery.any().toQido().build().parameters()).anySatisfy(e -> {
            assertThat(e.getKey()).isEqualTo("includefield");
            assertThat(e.getValue()).isEqualTo("00201208");
        });
    }

    @Test
    void badDatesAreRefused() {
        assertThatThrownBy(() -> new StudyQuery("", "", "", "2024-01-01", "", "", "", false))
                .hasMessageContaining("the from date must be yyyyMMdd");
        assertThatThrownBy(() -> new StudyQuery("", "", "", "20240102", "20240101", "", "", false))
                .hasMessageContaining("is after the last");
    }

    @Test
    void rowsReadQidoResultsAndFormatForReading() {
        DataSet ds = new DataSet();
        ds.setString(Tag.StudyInstanceUID, VR.UI, "1.2.3");
        ds.setString(Tag.PatientName, VR.PN, "Doe^Jane^M");
        ds.setString(Tag.StudyDate, VR.DA, "20240305");
        ds.setString(Tag.ModalitiesInStudy, VR.CS, "CT", "SR");
        ds.setInt(Tag.NumberOfStudyRelatedSeries, VR.IS, 3);
        StudyRow row = StudyRow.of("North", ds);
        assertThat(row.displayName()).isEqualTo("Doe, Jane M");
        assertThat(row.displayDate()).isEqualTo("2024-03-05");
        assertThat(row.modalities()).isEqualTo("CT\\SR");
        assertThat(row.seriesCount()).isEqualTo(3);
        assertThat(row.instanceCount()).isEqualTo(-1);
        assertThat(row.patientId()).isEmpty();
    }
}
