package org.lumen.dicomweb;

import java.util.Objects;

/**
 * What a STOW-RS server said about one instance.
 *
 * @param sopInstanceUid the instance's SOP Instance UID as the server reported it (empty when the
 *     server could not read one, e.g. for a part that is not DICOM)
 * @param status stored, stored with a warning, or failed
 * @param reasonCode Failure Reason (0008,1197) or Warning Reason (0008,1196); 0 when none was given
 */
public record StoreOutcome(String sopInstanceUid, Status status, int reasonCode) {
    /** The outcome of one instance. */
    public enum Status {
        /** In the Referenced SOP Sequence without a Warning Reason. */
        STORED,
        /** In the Referenced SOP Sequence with a Warning Reason (e.g. coerced attributes). */
        WARNING,
        /** In the Failed SOP Sequence, or not reported by the server at all. */
        FAILED
    }

    public StoreOutcome {
        Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        Objects.requireNonNull(status, "status");
        if (reasonCode < 0 || reasonCode > 0xFFFF) {
            throw new IllegalArgumentException("reason code must be 0 to 0xFFFF: " + reasonCode);
        }
    }

    /** Whether the server kept the instance (with or without a warning). */
    public boolean stored() {
        return status != Status.FAILED;
    }
}
