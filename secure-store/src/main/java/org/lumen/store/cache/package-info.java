/**
 * The encrypted local cache: frames, metadata and thumbnails of studies fetched from DICOMweb
 * servers, kept for fast re-reads and offline browsing.
 *
 * <p>Entry type: {@link org.lumen.store.cache.EncryptedCache} ({@code EncryptedCache.builder(dir,
 * keys).capBytes(n).open()}); entries are addressed by {@link org.lumen.store.cache.EntryKey}.
 * Each entry is one file named by HMAC-SHA256 of its key (no UID in any name), holding an
 * AES-256-GCM header (key, display fields, length) bound to the file name and a body encrypted
 * with AES-256-GCM (small entries) or Tink's AES256_GCM_HKDF_1MB streaming AEAD (large ones) bound
 * to the key, so a moved, swapped, truncated or altered file is detected on read, dropped and
 * served as a miss. Files are written to a temporary file, forced to disk and renamed atomically:
 * a killed process never leaves a partial entry behind a real name. The index (display fields,
 * sizes, last access, pins) is itself encrypted, saved every so many changes, and rebuilt from the
 * entry headers when it is lost (the pins, saved apart in {@code pins.lumen}, survive that). A size cap evicts least recently used entries, never those of a
 * pinned study.
 *
 * <p>Threading: {@code EncryptedCache} is thread-safe. One lock guards the in-memory index and is
 * never held during file I/O or cryptography; a second lock orders index saves.
 */
package org.lumen.store.cache;
