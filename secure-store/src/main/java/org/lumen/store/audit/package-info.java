/**
 * The audit log of study access: who (the OS user), what (study UID, patient id), when, from which
 * server and which action, one record per access, append-only.
 *
 * <p>Entry type: {@link org.lumen.store.audit.AuditLog} ({@code AuditLog.open(file, keys, clock)});
 * {@code append} writes one {@link org.lumen.store.audit.AuditRecord}, {@code read} lists them for a
 * viewer and {@code verify} returns a {@link org.lumen.store.audit.ChainVerification} naming the
 * first broken link. Each record is encrypted with AES-256-GCM (associated data: its sequence
 * number) and carries the SHA-256 of the previous record, so an altered, removed, reordered or
 * inserted record breaks the chain; a separately saved head (last sequence and hash) reveals
 * records cut from the end.
 *
 * <p>Threading: {@code AuditLog} is thread-safe; appends are serialised on one lock, which is held
 * while the record is written and forced to disk (an append is one small write).
 */
package org.lumen.store.audit;
