package org.lumen.store.audit;

import java.util.Objects;

/** The outcome of {@link AuditLog#verify()}. */
public sealed interface ChainVerification {

    /** How many records verified before the end or the first break. */
    long verifiedRecords();

    /** Every record decrypts and links to the one before, and none is missing at the end. */
    record Intact(long verifiedRecords) implements ChainVerification {
        public Intact {
            if (verifiedRecords < 0) {
                throw new IllegalArgumentException("negative count");
            }
        }
    }

    /**
     * The first broken link.
     *
     * @param verifiedRecords records before it that verified
     * @param sequence the sequence number expected at the break
     * @param offset the byte offset of the break in the log file
     * @param problem what is wrong
     */
    record Broken(long verifiedRecords, long sequence, long offset, String problem) implements ChainVerification {
        public Broken {
            Objects.requireNonNull(problem, "problem");
            if (verifiedRecords < 0 || sequence < 0 || offset < 0) {
                throw new IllegalArgumentException("negative position");
            }
        }
    }
}
