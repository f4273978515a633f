package org.lumen.store.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A record of the audit log.
 *
 * @param sequence its position, from 0
 * @param time when it was appended
 * @param event the access
 * @param previousHash SHA-256 of the previous record (hex; 64 zeros for the first)
 * @param hash SHA-256 of this record (hex), which the next record carries
 */
public record AuditRecord(long sequence, Instant time, AuditEvent event, String previousHash, String hash) {
    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(event, "event");
        if (sequence < 0 || !previousHash.matches("[0-9a-f]{64}") || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an audit record has a sequence >= 0 and two SHA-256 hashes in hex");
        }
    }
}
