package org.lumen.store.audit;

import java.util.Objects;

/**
 * One access to audit.
 *
 * @param user the OS user who acted
 * @param serverId the server the study came from
 * @param studyUid Study Instance UID
 * @param patientId Patient ID (may be empty when unknown)
 * @param action what was done
 */
public record AuditEvent(String user, String serverId, String studyUid, String patientId, AuditAction action) {
    static final int MAX_FIELD = 1024;

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        for (String f : new String[] {user, serverId, studyUid}) {
            if (Objects.requireNonNull(f, "field").isEmpty() || f.length() > MAX_FIELD) {
                throw new IllegalArgumentException("user, server and study have 1 to " + MAX_FIELD + " characters");
            }
        }
        if (Objects.requireNonNull(patientId, "patientId").length() > MAX_FIELD) {
            throw new IllegalArgumentException("patient id longer than " + MAX_FIELD + " characters");
        }
    }

    /** An access by the user this process runs as ({@code user.name}). */
    public static AuditEvent byCurrentUser(String serverId, String studyUid, String patientId, AuditAction action) {
        return new AuditEvent(System.getProperty("user.name", "unknown"), serverId, studyUid, patientId, action);
    }
}
