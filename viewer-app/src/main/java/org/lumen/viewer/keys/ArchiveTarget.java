package org.lumen.viewer.keys;

import java.util.Objects;

import org.lumen.dicomweb.DicomWebClient;

/**
 * Where a study opened from a server lives: its server (by name, and a client for it) and its Study
 * Instance UID. Key images and measurements of the study are saved there and read from there.
 */
public record ArchiveTarget(String serverName, DicomWebClient client, String studyUid) {
    public ArchiveTarget {
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(studyUid, "studyUid");
        if (studyUid.isBlank()) {
            throw new IllegalArgumentException("a study needs its UID");
        }
    }
}
