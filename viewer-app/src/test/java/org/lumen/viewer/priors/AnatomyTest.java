package org.lumen.viewer.priors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Body regions from the words hospitals write in several languages, with or without accents. */
class AnatomyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CT Thorax nativ                 | CHEST
            Schädel nativ                   | HEAD
            SCHAEDEL                        | HEAD
            cMRT Kopf                       | HEAD
            MRT HWS sag T2                  | NECK SPINE
            LWS in 2 Ebenen                 | SPINE
            Oberbauch KM portalvenös        | ABDOMEN
            Fuß dorsoplantar                | FOOT
            TDM thoracique                  | CHEST
            IRM encéphale                   | HEAD
            Radiographie du cœur            | HEART
            Épaule gauche                   | SHOULDER
            TC tórax sin contraste          | CHEST
            RM de rodilla                   | KNEE
            TC crânio                       | HEAD
            Tomografia do tórax             | CHEST
            TC torace con mdc               | CHEST
            RM encefalo                     | HEAD
            Addome completo                 | ABDOMEN
            CT hersenen                     | HEAD
            MRI knee left                   | KNEE
            XR wrist 3 views                | WRIST
            CT renal stone                  | ABDOMEN
            """)
    void aDescriptionInTheLanguageOfItsSiteNamesItsRegion(String description, String regions) {
        assertThat(String.join(" ", Anatomy.of(description))).isEqualTo(regions);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CTA chest PE protocol           | CHEST
            MR cervical cancer staging      | ''
            T1 dorsal view                  | ''
            Long axis cine                  | ''
            """)
    void wordsThatMeanSomethingElseInEnglishNameNoRegion(String description, String regions) {
        assertThat(String.join(" ", Anatomy.of(description))).isEqualTo(regions);
    }

    @Test
    void accentsAndLigaturesAreFoldedAsTheWordListIsWritten() {
        assertThat(Anatomy.folded("Tórax Schädel cœur Fuß Épaule")).isEqualTo("TORAX SCHADEL COEUR FUSS EPAULE");
    }

    @Test
    void aGermanPriorMatchesAnEnglishCurrentStudyAndAHeadNeverMatchesAChest() {
        assertThat(Anatomy.compatible(Anatomy.of("CHEST"), Anatomy.ofSeries("", "Thorax nativ", ""))).isTrue();
        assertThat(Anatomy.compatible(Anatomy.of("CHEST"), Anatomy.ofSeries("", "Lunge HR", ""))).isTrue();
        assertThat(Anatomy.compatible(Anatomy.of("CHEST"), Anatomy.ofSeries("SCHAEDEL", "Thorax", ""))).isFalse();
        assertThat(Anatomy.compatible(Anatomy.of("HAND"), Anatomy.of("FOOT"))).isFalse();
    }

    @Test
    void aWordListedForTwoLanguagesNamesItsRegionOnce() {
        assertThat(Anatomy.of("THORAX")).containsExactly("CHEST");
        assertThat(Anatomy.of("HWS")).containsExactly("NECK", "SPINE");
    }
}
