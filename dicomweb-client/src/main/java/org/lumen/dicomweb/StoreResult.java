package org.lumen.dicomweb;

import java.util.List;

/**
 * The answer to one STOW-RS request (PS3.18 10.5): the HTTP status (200 all stored, 202 some
 * failed or carried warnings, 409 none stored) and one outcome per instance the server reported.
 * When the server reported fewer instances than were sent, the missing ones are counted in
 * {@link #unreported()} and the result is never {@link #allStored()}: a silent success is
 * impossible.
 *
 * @param httpStatus the response status
 * @param sent how many instances were sent
 * @param outcomes per-instance outcomes in the server's order
 */
public record StoreResult(int httpStatus, int sent, List<StoreOutcome> outcomes) {
    public StoreResult {
        outcomes = List.copyOf(outcomes);
        if (sent < 0) {
            throw new IllegalArgumentException("sent must not be negative: " + sent);
        }
        if (httpStatus < 100 || httpStatus > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + httpStatus);
        }
    }

    /** Instances sent that the server mentioned in neither sequence. */
    public int unreported() {
        return Math.max(0, sent - outcomes.size());
    }

    /** The failed outcomes. */
    public List<StoreOutcome> failures() {
        return outcomes.stream().filter(o -> !o.stored()).toList();
    }

    /** Whether every instance sent was reported as stored (warnings included). */
    public boolean allStored() {
        return unreported() == 0 && failures().isEmpty() && httpStatus != 409;
    }
}
