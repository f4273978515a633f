/**
 * Tests of the secret vaults: the passphrase-encrypted file (round trips, a wrong passphrase,
 * tampering, no plain text on disk, the recorded KDF header), the factory's fallback when no
 * credential store answers, and the real Secret Service under a private session bus and GNOME
 * Keyring (tag "integration"). Tests use cheap Argon2 parameters; they run on the test thread.
 */
package org.lumen.store.secrets;
