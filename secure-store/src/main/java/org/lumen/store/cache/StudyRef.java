package org.lumen.store.cache;

/**
 * One study on one server: the unit of pinning and of offline browsing.
 *
 * @param serverId the configured server's id
 * @param studyUid Study Instance UID
 */
public record StudyRef(String serverId, String studyUid) {
    public StudyRef {
        EntryKey.requireField("serverId", serverId);
        EntryKey.requireField("studyUid", studyUid);
    }
}
