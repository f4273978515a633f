package org.lumen.viewer.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProtocolChooserTest {
    static StudyFacts study(String modality, String description, int priors, String... seriesDescriptions) {
        return new StudyFacts(List.of(modality), List.of("CHEST"), description, List.of(seriesDescriptions), priors);
    }

    static SeriesFacts series(String uid, int prior, String modality, String description, PlaneOrientation o, int number) {
        return new SeriesFacts(uid, prior, modality, description, o, number);
    }

    @Test
    void studyRulesTestEachConditionSet() {
        StudyRule chestCt = new StudyRule("CT", "chest", "thorax|chest", "", 0, -1);
        assertThat(chestCt.matches(study("CT", "CT CHEST w/o contrast", 0))).isTrue();
        assertThat(chestCt.matches(study("MR", "CT CHEST", 0))).isFalse();
        assertThat(chestCt.matches(study("CT", "Abdomen", 0))).isFalse();
        assertThat(chestCt.matches(new StudyFacts(List.of("CT"), List.of("ABDOMEN"), "chest", List.of(), 0))).isFalse();
        StudyRule xr = new StudyRule("CR/DX", "", "", "lat", 0, 0);
        assertThat(xr.matches(study("DX", "", 0, "PA", "LAT"))).isTrue();
        assertThat(xr.matches(study("CR", "", 0, "PA", "Lateral"))).isTrue();
        assertThat(xr.matches(study("DX", "", 0, "PA"))).isFalse();
        assertThat(xr.matches(study("DX", "", 1, "LAT"))).isFalse();
        assertThat(new StudyRule("", "", "", "", 1, 2).matches(study("US", "", 3))).isFalse();
        assertThat(new StudyRule("", "", "", "", 1, 2).matches(study("US", "", 2))).isTrue();
    }

    @Test
    void theMostSpecificMatchingProtocolWinsAndTheFirstAmongEquals() {
        List<HangingProtocol> shipped = ProtocolFiles.defaults();
        assertThat(pick(shipped, study("CT", "CT chest", 0))).isEqualTo("CT");
        assertThat(pick(shipped, study("MR", "Brain", 0))).isEqualTo("MR");
        assertThat(pick(shipped, study("DX", "Chest 2 views", 0))).isEqualTo("CR/DX");
        assertThat(pick(shipped, study("CT", "CT chest", 1))).isEqualTo("Current vs prior");
        assertThat(ProtocolChooser.choose(shipped, study("US", "", 0))).isEmpty();
        HangingProtocol mine = new HangingProtocol("My chest CT", new StudyRule("CT", "", "chest", "", 0, 0), "1x1", List.of());
        HangingProtocol twin = new HangingProtocol("Twin", new StudyRule("CT", "", "chest", "", 0, 0), "1x2", List.of());
        assertThat(pick(List.of(mine, twin, shipped.get(0)), study("CT", "CT chest", 0))).isEqualTo("My chest CT");
        assertThat(pick(List.of(mine, twin, shipped.get(0)), study("CT", "CT head", 0))).isEqualTo("CT");
    }

    @Test
    void theCtProtocolPicksTwoByTwoWithAxialCoronalAndSagittalSeries() {
        HangingProtocol ct = ProtocolChooser.choose(ProtocolFiles.defaults(), study("CT", "CT chest", 0)).orElseThrow();
        assertThat(ct.grid().toString()).isEqualTo("2x2");
        List<Optional<String>> cells = ProtocolChooser.assign(ct, List.of(
                series("sag", 0, "CT", "Sagittal MPR", PlaneOrientation.SAGITTAL, 5),
                series("lung", 0, "CT", "Lung 1 mm", PlaneOrientation.AXIAL, 3),
                series("soft", 0, "CT", "Soft tissue 2 mm", PlaneOrientation.AXIAL, 2),
                series("cor", 0, "CT", "Coronal MPR", PlaneOrientation.CORONAL, 4),
                series("scout", 0, "CT", "Topogram", PlaneOrientation.CORONAL, 1)));
        assertThat(cells).containsExactly(Optional.of("soft"), Optional.of("scout"), Optional.of("sag"), Optional.of("lung"));
    }

    @Test
    void fewSeriesForALargeGridGoSideBySideInOneRow() {
        HangingProtocol ct = ProtocolChooser.choose(ProtocolFiles.defaults(), study("CT", "CT chest", 0)).orElseThrow();
        ProtocolChooser.Hanging two = ProtocolChooser.hang(ct, List.of(
                series("cor", 0, "CT", "Coronal", PlaneOrientation.CORONAL, 2),
                series("ax", 0, "CT", "Axial", PlaneOrientation.AXIAL, 1)));
        assertThat(two.grid().toString()).isEqualTo("1x2");
        assertThat(two.cells()).containsExactly(Optional.of("ax"), Optional.of("cor"));
        ProtocolChooser.Hanging all = ProtocolChooser.hang(ct, List.of(
                series("a1", 0, "CT", "", PlaneOrientation.AXIAL, 1), series("c", 0, "CT", "", PlaneOrientation.CORONAL, 2),
                series("s", 0, "CT", "", PlaneOrientation.SAGITTAL, 3), series("a2", 0, "CT", "", PlaneOrientation.AXIAL, 4)));
        assertThat(all.grid().toString()).isEqualTo("2x2");
        assertThat(ProtocolChooser.hang(ct, List.of()).grid().toString()).isEqualTo("2x2");
    }

    @Test
    void currentVersusPriorPlacesTheCurrentLeftAndTheNewestPriorRight() {
        HangingProtocol cvp = ProtocolChooser.choose(ProtocolFiles.defaults(), study("CT", "", 2)).orElseThrow();
        List<Optional<String>> cells = ProtocolChooser.assign(cvp, List.of(
                series("older", 2, "CT", "Axial", PlaneOrientation.AXIAL, 1),
                series("prior", 1, "CT", "Axial", PlaneOrientation.AXIAL, 1),
                series("now", 0, "CT", "Axial", PlaneOrientation.AXIAL, 1)));
        assertThat(cells).containsExactly(Optional.of("now"), Optional.of("prior"));
    }

    @Test
    void viewportRulesTestModalityDescriptionOrientationAndNumber() {
        SeriesFacts t2 = series("a", 0, "MR", "AX T2 FSE", PlaneOrientation.AXIAL, 7);
        assertThat(new ViewportRule(0, "MR", "t2", PlaneOrientation.AXIAL, 7).matches(t2)).isTrue();
        assertThat(new ViewportRule(0, "MR", "t1", PlaneOrientation.ANY, 0).matches(t2)).isFalse();
        assertThat(new ViewportRule(0, "", "", PlaneOrientation.CORONAL, 0).matches(t2)).isFalse();
        assertThat(new ViewportRule(0, "", "", PlaneOrientation.ANY, 8).matches(t2)).isFalse();
        assertThat(new ViewportRule(1, "", "", PlaneOrientation.ANY, 0).matches(t2)).isFalse();
        assertThat(new ViewportRule(0, "CT", "", PlaneOrientation.ANY, 0).matches(t2)).isFalse();
    }

    @Test
    void orientationComesFromTheImageNormal() {
        assertThat(PlaneOrientation.of(new double[] {1, 0, 0, 0, 1, 0})).isEqualTo(PlaneOrientation.AXIAL);
        assertThat(PlaneOrientation.of(new double[] {1, 0, 0, 0, 0, -1})).isEqualTo(PlaneOrientation.CORONAL);
        assertThat(PlaneOrientation.of(new double[] {0, 1, 0, 0, 0, -1})).isEqualTo(PlaneOrientation.SAGITTAL);
        double c = Math.cos(Math.toRadians(45));
        assertThat(PlaneOrientation.of(new double[] {1, 0, 0, 0, c, -c})).isEqualTo(PlaneOrientation.OBLIQUE);
        assertThat(PlaneOrientation.of(null)).isEqualTo(PlaneOrientation.ANY);
    }

    @Test
    void badRulesAreRefusedNamingTheProblem() {
        assertThatThrownBy(() -> new StudyRule("", "", "([", "", 0, -1)).hasMessageContaining("not a regular expression: \"([\"");
        assertThatThrownBy(() -> new StudyRule("", "", "", "", 2, 1)).hasMessageContaining("priors range 2..1");
        assertThatThrownBy(() -> new HangingProtocol("x", null, "2x", List.of())).hasMessageContaining("layout \"2x\"");
        assertThatThrownBy(() -> new HangingProtocol("x", null, "1x1", List.of(new ViewportRule(0, "", "", null, 0),
                new ViewportRule(1, "", "", null, 0)))).hasMessageContaining("2 viewport rules for a 1x1 layout");
    }

    private static String pick(List<HangingProtocol> protocols, StudyFacts study) {
        return ProtocolChooser.choose(protocols, study).map(HangingProtocol::name).orElse("none");
    }
}
