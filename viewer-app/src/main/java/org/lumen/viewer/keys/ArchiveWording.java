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

    /** A DICOM person name in reading order: "Reader^Anna" gives "Anna Reader", "Doe^^^Dr" "Dr Doe". */
    static String person(String pn) {
        String[] c = java.util.Arrays.copyOf(pn.split("\\^", -1), 5); // family, given, middle, prefix, suffix
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {c[3], c[1], c[2], c[0], c[4]}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return String.join(" ", parts);
    }

    /** Why a save failed, for a reader: the server unreachable, refusing documents, or the error it gave. */
    static String failure(Exception e) {
        if (e instanceof ArchiveSaveException a && !a.refusedSopInstanceUids().isEmpty()) {
            return a.getMessage();
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) {
                return "the server cannot be reached (" + t.getMessage() + ")";
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }

    /**
     * What the notice says when the archive's key images and measurements could not be read: a server
     * that could not be reached (no answer: the study is then read from the cache, offline) is said so,
     * since the radiologist must know that what the archive holds on it is not shown.
     */
    static String readFailure(String serverName, Exception e) {
        if (e instanceof java.io.IOException && !org.lumen.dicomweb.DicomWebException.serverAnswered(e)) {
            return "Key images and measurements saved on " + serverName + " are not shown: the server cannot be reached ("
                    + e.getMessage() + "). Open the study again once it is back.";
        }
        return "Could not read the key images and measurements of this study from " + serverName + ": " + e.getMessage();
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
