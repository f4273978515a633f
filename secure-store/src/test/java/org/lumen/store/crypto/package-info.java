/**
 * Tests of the master key's life in a vault and of the separation of the derived keys.
 * Single-threaded; the vault is a real encrypted file with cheap Argon2 parameters.
 */
package org.lumen.store.crypto;
