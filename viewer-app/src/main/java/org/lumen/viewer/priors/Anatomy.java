package org.lumen.viewer.priors;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body regions a series shows, as a prefetch rule matches them (ADR 0016): from Body Part Examined (0018,0015)
 * when the archive returns it, else from the words of a description ("CT chest w/o" is CHEST). Regions are coarse
 * (HEAD, NECK, CHEST, ABDOMEN, PELVIS, SPINE, ...), so "THORAX", "LUNG" and "CHEST" agree. Pure functions.
 */
public final class Anatomy {
    /** Region named by a word (or a body part defined term) -> the region. */
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        region("HEAD", "HEAD", "BRAIN", "SKULL", "CRANIUM", "HEADNECK");
        region("NECK", "NECK", "CSPINE", "HEADNECK", "THYROID");
        region("CHEST", "CHEST", "THORAX", "LUNG", "LUNGS", "THORACIC", "CHESTABDOMEN", "CHESTABDPELVIS");
        region("ABDOMEN", "ABDOMEN", "ABD", "LIVER", "CHESTABDOMEN", "ABDOMENPELVIS", "ABDPELVIS", "CHESTABDPELVIS");
        region("PELVIS", "PELVIS", "ABDOMENPELVIS", "ABDPELVIS", "CHESTABDPELVIS", "HIP", "HIPS");
        region("SPINE", "SPINE", "CSPINE", "TSPINE", "LSPINE", "SSPINE");
        region("BREAST", "BREAST", "MAMMO");
        region("HEART", "HEART", "CARDIAC", "CORONARY");
        region("KNEE", "KNEE");
        region("SHOULDER", "SHOULDER");
    }

    private Anatomy() {}

    private static void region(String region, String... words) {
        for (String w : words) {
            WORDS.merge(w, region, (a, b) -> a + " " + b);
        }
    }

    /** The regions of {@code text} (a body part or a description); empty when it names none. */
    public static Set<String> of(String text) {
        Set<String> regions = new TreeSet<>();
        for (String word : text.toUpperCase(Locale.ROOT).split("[^A-Z]+")) {
            String named = WORDS.get(word);
            if (named != null) {
                regions.addAll(Arrays.asList(named.split(" ")));
            }
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
