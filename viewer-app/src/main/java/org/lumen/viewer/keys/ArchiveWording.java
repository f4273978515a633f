package org.lumen.viewer.keys;

import java.util.ArrayList;
import java.util.List;

import org.lumen.dicom.sr.DocumentOrigin;

/** How the workstation words documents and counts in its notices. */
final class ArchiveWording {
    private ArchiveWording() {}

    /** "Anna Reader, LUMEN-WS2, 2026-12-04 13:20": author (PN carets as spaces, given name first), station, date. */
    static String origin(DocumentOrigin origin) {
        List<String> parts = new ArrayList<>();
        String author = person(origin.author());
        if (!author.isEmpty()) {
            parts.add(author);
        }
        if (!origin.station().isBlank()) {
            parts.add(origin.station().trim());
        }
        parts.add(ArchivedMeasurement.when(origin));
        return String.join(", ", parts);
    }

    /** A DICOM person name as read: "Reader^Anna" gives "Anna Reader". */
    static String person(String pn) {
        String[] parts = pn.split("\\^", -1);
        if (parts.length >= 2 && !parts[1].isBlank()) {
            return (parts[1].trim() + " " + parts[0].trim()).trim();
        }
        return pn.replace('^', ' ').trim();
    }

    /** "1 key image", "3 measurements". */
    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** "2 key images and 1 measurement", "1 measurement", or "nothing". */
    static String contents(int keyImages, int measurements) {
        List<String> parts = new ArrayList<>();
        if (keyImages > 0) {
            parts.add(count(keyImages, "key image"));
        }
        if (measurements > 0) {
            parts.add(count(measurements, "measurement"));
        }
        return parts.isEmpty() ? "nothing" : String.join(" and ", parts);
    }
}
