package org.lumen.viewer.priors;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body regions a series shows, as a prefetch rule matches them (ADR 0016): from Body Part Examined (0018,0015)
 * when the archive returns it, else from the words of a description ("CT chest w/o" is CHEST). Regions are coarse
 * (HEAD, NECK, CHEST, ABDOMEN, PELVIS, SPINE, ...), so "THORAX", "LUNG" and "CHEST" agree. Pure functions.
 *
 * <p>A reader's priors come from several hospitals, and neither field is English everywhere: scanners put the
 * site's words in Body Part Examined ("SCHAEDEL", "KOPF") and descriptions are written in the local language
 * ("Thorax nativ", "TDM thoracique", "TC tórax", "RM encefalo"). So the words of German, French, Spanish, Italian,
 * Portuguese and Dutch name regions too, besides the English words and the DICOM defined terms (CID 4031). Letters
 * are compared without their accents ("tórax" is "TORAX", "Schädel" is "SCHADEL", and the German spelling without
 * umlauts "SCHAEDEL" is listed). A word that means something else in one of the languages or in English reports
 * (Dutch "long" for lung, Portuguese "pé" for foot, "cervical", "dorsal") is left out: a region wrongly named keeps
 * a relevant prior out, while none named lets modality and description decide.
 */
public final class Anatomy {
    /** A word (or a body part defined term) -> the regions it names. */
    private static final Map<String, Set<String>> WORDS = new HashMap<>();

    static {
        // English words and DICOM defined terms of Body Part Examined
        region("HEAD", "HEAD", "BRAIN", "SKULL", "CRANIUM", "HEADNECK", "CEREBRAL", "ORBIT", "SELLA", "IAC");
        region("NECK", "NECK", "CSPINE", "HEADNECK", "THYROID", "LARYNX");
        region("CHEST", "CHEST", "THORAX", "LUNG", "LUNGS", "THORACIC", "CHESTABDOMEN", "CHESTABDPELVIS", "PULMONARY");
        region("ABDOMEN", "ABDOMEN", "ABD", "ABDOMINAL", "LIVER", "PANCREAS", "KIDNEY", "KIDNEYS", "RENAL",
                "CHESTABDOMEN", "ABDOMENPELVIS", "ABDPELVIS", "CHESTABDPELVIS");
        region("PELVIS", "PELVIS", "PELVIC", "ABDOMENPELVIS", "ABDPELVIS", "CHESTABDPELVIS", "HIP", "HIPS", "PROSTATE");
        region("SPINE", "SPINE", "CSPINE", "TSPINE", "LSPINE", "SSPINE", "LSSPINE", "SPINAL", "COCCYX", "SACRUM");
        region("BREAST", "BREAST", "MAMMO", "MAMMOGRAPHY");
        region("HEART", "HEART", "CARDIAC", "CORONARY");
        region("KNEE", "KNEE");
        region("SHOULDER", "SHOULDER");
        region("ELBOW", "ELBOW");
        region("WRIST", "WRIST");
        region("HAND", "HAND", "FINGER");
        region("ANKLE", "ANKLE");
        region("FOOT", "FOOT", "TOE");
        // German
        region("HEAD", "KOPF", "SCHAEDEL", "SCHADEL", "HIRN", "GEHIRN", "CCT", "CMRT");
        region("NECK", "HALS", "HWS", "SCHILDDRUESE", "SCHILDDRUSE");
        region("CHEST", "LUNGE", "LUNGEN", "BRUSTKORB");
        region("ABDOMEN", "BAUCH", "OBERBAUCH", "LEBER", "NIERE", "NIEREN");
        region("PELVIS", "BECKEN", "HUEFTE", "HUFTE");
        region("SPINE", "WIRBELSAEULE", "WIRBELSAULE", "HWS", "BWS", "LWS");
        region("BREAST", "MAMMA", "MAMMOGRAPHIE");
        region("HEART", "HERZ");
        region("KNEE", "KNIE");
        region("SHOULDER", "SCHULTER");
        region("ELBOW", "ELLENBOGEN");
        region("WRIST", "HANDGELENK");
        region("ANKLE", "SPRUNGGELENK");
        region("FOOT", "FUSS");
        // French
        region("HEAD", "CRANE", "TETE", "CEREBRALE", "ENCEPHALE", "CERVEAU");
        region("NECK", "COU", "THYROIDE"); // not "cervical": the spine or the uterine cervix
        region("CHEST", "THORACIQUE", "POUMON", "POUMONS", "PULMONAIRE");
        region("ABDOMEN", "ABDOMINALE", "FOIE", "REIN", "REINS");
        region("PELVIS", "BASSIN", "PELVIEN", "PELVIENNE", "HANCHE");
        region("SPINE", "RACHIS", "LOMBAIRE"); // not "dorsal": a direction in English
        region("BREAST", "SEIN", "SEINS", "MAMMOGRAPHIE");
        region("HEART", "COEUR", "CARDIAQUE");
        region("KNEE", "GENOU");
        region("SHOULDER", "EPAULE");
        region("ELBOW", "COUDE");
        region("WRIST", "POIGNET");
        region("ANKLE", "CHEVILLE");
        region("FOOT", "PIED");
        // Spanish and Portuguese
        region("HEAD", "CABEZA", "CRANEO", "CEREBRO", "CABECA", "CRANIO", "ENCEFALO");
        region("NECK", "CUELLO", "PESCOCO", "TIROIDES", "TIREOIDE");
        region("CHEST", "TORAX", "PULMON", "PULMONES", "PULMAO", "PULMOES", "TORACICO");
        region("ABDOMEN", "ABDOMINAL", "HIGADO", "FIGADO");
        region("PELVIS", "PELVE", "CADERA", "QUADRIL");
        region("SPINE", "COLUMNA", "LUMBAR", "COLUNA");
        region("BREAST", "MAMA", "MAMAS", "MAMOGRAFIA");
        region("HEART", "CORAZON", "CORACAO");
        region("KNEE", "RODILLA", "JOELHO");
        region("SHOULDER", "HOMBRO", "OMBRO");
        region("ELBOW", "CODO", "COTOVELO");
        region("WRIST", "MUNECA", "PUNHO");
        region("ANKLE", "TOBILLO", "TORNOZELO");
        region("FOOT", "PIE"); // not "PE" (pé): in English it is a pulmonary embolism
        // Italian
        region("HEAD", "TESTA", "CERVELLO");
        region("NECK", "COLLO", "TIROIDE");
        region("CHEST", "TORACE", "POLMONE", "POLMONI", "TORACICA");
        region("ABDOMEN", "ADDOME", "FEGATO");
        region("PELVIS", "BACINO", "ANCA");
        region("SPINE", "RACHIDE", "COLONNA", "LOMBARE");
        region("BREAST", "MAMMELLA", "MAMMOGRAFIA");
        region("HEART", "CUORE", "CARDIACA");
        region("KNEE", "GINOCCHIO");
        region("SHOULDER", "SPALLA");
        region("ELBOW", "GOMITO");
        region("WRIST", "POLSO");
        region("ANKLE", "CAVIGLIA");
        region("FOOT", "PIEDE");
        // Dutch
        region("HEAD", "HOOFD", "SCHEDEL", "HERSENEN");
        region("CHEST", "THORAX", "LONGEN");
        region("ABDOMEN", "BUIK");
        region("PELVIS", "BEKKEN", "HEUP");
        region("SPINE", "WERVELKOLOM");
        region("HEART", "HART");
        region("SHOULDER", "SCHOUDER");
        region("ELBOW", "ELLEBOOG");
        region("WRIST", "POLS");
        region("ANKLE", "ENKEL");
        region("FOOT", "VOET");
    }

    private Anatomy() {}

    private static void region(String region, String... words) {
        for (String w : words) {
            WORDS.computeIfAbsent(w, k -> new TreeSet<>()).add(region);
        }
    }

    /**
     * {@code text} in capitals without accents, as the word list is written: "Tórax" is "TORAX", "Schädel"
     * "SCHADEL", "cœur" "COEUR", "Fuß" "FUSS".
     */
    static String folded(String text) {
        String upper = text.toUpperCase(Locale.ROOT).replace("Œ", "OE").replace("Æ", "AE");
        return Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** The regions of {@code text} (a body part or a description); empty when it names none. */
    public static Set<String> of(String text) {
        Set<String> regions = new TreeSet<>();
        for (String word : folded(text).split("[^A-Z]+")) {
            regions.addAll(WORDS.getOrDefault(word, Set.of()));
        }
        return regions;
    }

    /** The regions of a series: its body part, else its description, else its study's description. */
    public static Set<String> ofSeries(String bodyPart, String seriesDescription, String studyDescription) {
        Set<String> regions = of(bodyPart);
        if (regions.isEmpty()) {
            regions = of(seriesDescription);
        }
        return regions.isEmpty() ? of(studyDescription) : regions;
    }

    /** Whether two series may show the same region: they share one, or one of them names none. */
    public static boolean compatible(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }
}
