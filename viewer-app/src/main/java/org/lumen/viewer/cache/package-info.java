/**
 * The workstation's encrypted study cache: every instance retrieved from a server is kept in
 * secure-store's {@link org.lumen.store.cache.EncryptedCache} (AEAD per entry, keyed-hash names, an
 * encrypted index) and handed to the viewer from memory, never written to disk in plain text; each
 * study opened is recorded in the hash-chained {@link org.lumen.store.audit.AuditLog}. A study
 * already read opens from the cache, also when its server cannot be reached (offline).
 */
package org.lumen.viewer.cache;
