package org.lumen.dicom.sr;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.lumen.dicom.UID;

/**
 * Who made a document, where and when, and its identity: shown with what is read back ("by A. Reader
 * on LUMEN-WS2, 2026-12-04 13:20") so that a reader knows it is not their own, unsaved work.
 *
 * @param author   the person observer (PN form, e.g. {@code Reader^Anna}); may be empty
 * @param station  the workstation's name (Station Name); may be empty
 * @param created  content date and time, to the second
 */
public record DocumentOrigin(String sopInstanceUid, String seriesInstanceUid, int seriesNumber, int instanceNumber,
                             String author, String station, LocalDateTime created) {
    public DocumentOrigin {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        author = Objects.requireNonNullElse(author, "");
        station = Objects.requireNonNullElse(station, "");
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new document made now by this author on this station, with new UIDs under the 2.25 root. */
    public static DocumentOrigin createNow(String author, String station, int seriesNumber) {
        return new DocumentOrigin(UID.generate(), UID.generate(), seriesNumber, 1, author, station, LocalDateTime.now());
    }
}
