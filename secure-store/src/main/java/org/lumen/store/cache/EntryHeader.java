package org.lumen.store.cache;

import java.util.Objects;

/**
 * The decrypted header of an entry file.
 *
 * @param key the entry it holds
 * @param labels its display fields
 * @param contentLength plaintext length
 * @param writtenAtMillis when it was written (epoch ms, from the cache's clock)
 * @param streaming whether the body is streaming AEAD (else one AEAD ciphertext)
 * @param bodyOffset where the body starts in the file
 */
record EntryHeader(EntryKey key, EntryLabels labels, long contentLength, long writtenAtMillis, boolean streaming,
        int bodyOffset) {
    EntryHeader {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labels, "labels");
    }
}
