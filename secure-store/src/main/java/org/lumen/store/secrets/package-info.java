/**
 * Secrets of the user (server passwords, tokens, the store's master key) kept outside our own
 * files when the operating system offers a credential store, and otherwise in one file encrypted
 * under a key derived from a passphrase.
 *
 * <p>The entry type is {@link org.lumen.store.secrets.SecretVaults}: {@code SecretVaults.open(file,
 * passphrases)} returns the Secret Service (libsecret's {@code secret-tool}) when a session bus and
 * a secret service answer within a few seconds, and otherwise an encrypted file (AES-256-GCM through
 * Tink, key from Argon2id with its parameters and random salt in the file header). The
 * {@link org.lumen.store.secrets.PassphraseSource} is injected, so the user interface decides how a
 * passphrase is asked for. A wrong passphrase throws
 * {@link org.lumen.store.secrets.WrongPassphraseException} and changes nothing on disk.
 *
 * <p>Threading: every {@link org.lumen.store.secrets.SecretVault} is safe for use from several
 * threads; its calls block (process start, file I/O, possibly asking for a passphrase), so never
 * call them on the FX thread. The file vault serialises its operations on one lock, held during its
 * small file I/O and while it waits for the passphrase source; the Secret Service vault holds no
 * lock and bounds every {@code secret-tool} call by a timeout.
 */
package org.lumen.store.secrets;
