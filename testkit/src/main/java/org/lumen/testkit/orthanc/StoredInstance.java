package org.lumen.testkit.orthanc;

import java.util.Objects;

/**
 * Orthanc's answer to one uploaded Part 10 file ({@code POST /instances}).
 *
 * @param id            the Orthanc instance identifier
 * @param status        Orthanc's status word: "Success" or "AlreadyStored"
 * @param parentPatient the Orthanc patient identifier
 * @param parentStudy   the Orthanc study identifier
 * @param parentSeries  the Orthanc series identifier
 */
public record StoredInstance(String id, String status, String parentPatient, String parentStudy,
                             String parentSeries) {

    /** Checks that every identifier is present. */
    public StoredInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(parentPatient, "parentPatient");
        Objects.requireNonNull(parentStudy, "parentStudy");
        Objects.requireNonNull(parentSeries, "parentSeries");
    }

    /** Whether Orthanc stored the file now or already had it. */
    public boolean stored() {
        return "Success".equals(status) || "AlreadyStored".equals(status);
    }
}
