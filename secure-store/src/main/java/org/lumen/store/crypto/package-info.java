/**
 * The one master key behind everything the store writes, and the keys derived from it.
 *
 * <p>Entry type: {@link org.lumen.store.crypto.StoreKeys}. {@code StoreKeys.open(vault)} reads the
 * 256-bit master key from a {@link org.lumen.store.secrets.SecretVault} (the OS credential store
 * when there is one; otherwise the passphrase file, whose header records version, Argon2id
 * parameters and salt and whose AES-256-GCM payload wraps the key), creating it on first use.
 * Each use (cache entries, file names, index, audit log) gets its own key by HKDF-SHA256 with a
 * distinct label, so one key never serves two purposes, and a 16-byte key check lets a store tell
 * "wrong key" ({@link org.lumen.store.crypto.WrongKeyException}) from "damaged file". Key rotation
 * is not implemented: the format versions leave room for it.
 *
 * <p>Threading: {@code StoreKeys} and the primitives it hands out are immutable and thread-safe;
 * {@code open} blocks on the vault.
 */
package org.lumen.store.crypto;
