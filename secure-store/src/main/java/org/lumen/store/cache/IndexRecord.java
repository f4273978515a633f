package org.lumen.store.cache;

import java.util.Objects;

/**
 * What the index knows of one entry file.
 *
 * @param key the entry
 * @param labels its display fields
 * @param sizeBytes the file's size on disk
 * @param lastAccessMillis when it was last written or read (epoch ms)
 */
record IndexRecord(EntryKey key, EntryLabels labels, long sizeBytes, long lastAccessMillis) {
    IndexRecord {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labels, "labels");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
