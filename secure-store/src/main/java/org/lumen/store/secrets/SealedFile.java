package org.lumen.store.secrets;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.lumen.store.io.AtomicReplace;

/**
 * The passphrase-encrypted file format (big-endian):
 *
 * <pre>
 *  0  8 bytes  magic "LUMENSEC"
 *  8  u16      format version (1)
 * 10  u8       KDF id (2 = Argon2id, version 0x13)
 * 11  u32      memory KiB     15  u32  iterations     19  u8  parallelism
 * 20  u8       salt length (16)  21  salt
 * 37  16 bytes key check (tells a wrong passphrase from a damaged file)
 * 53  u32      payload length    57  payload = AES-256-GCM (Tink) of the content, the 53 header
 *                                    bytes as associated data
 * </pre>
 */
final class SealedFile {
    static final int VERSION = 1;
    static final int SALT_LENGTH = 16;
    static final int MAX_PAYLOAD = 16 << 20;
    private static final byte[] MAGIC = "LUMENSEC".getBytes(StandardCharsets.US_ASCII);
    private static final int KDF_ARGON2ID = 2;
    private static final int HEADER_LENGTH = 53;

    /** A file read and its header checked, not yet decrypted. */
    record Parsed(KdfParameters kdf, byte[] salt, byte[] check, byte[] header, byte[] payload) {}

    private SealedFile() {}

    static Parsed read(Path file) throws IOException {
        long size = Files.size(file);
        if (size < HEADER_LENGTH + 4) {
            throw new SealedFileFormatException(file, size, "file too short for the header (" + size + " bytes)");
        }
        if (size > HEADER_LENGTH + 4 + MAX_PAYLOAD) {
            throw new SealedFileFormatException(file, 0, "file too large for a secrets file (" + size + " bytes)");
        }
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new SealedFileFormatException(file, 0, "not a Lumen encrypted file (magic bytes differ)");
        }
        int version = Short.toUnsignedInt(in.getShort());
        if (version != VERSION) {
            throw new SealedFileFormatException(file, 8, "format version " + version + " is not supported");
        }
        int kdfId = Byte.toUnsignedInt(in.get());
        if (kdfId != KDF_ARGON2ID) {
            throw new SealedFileFormatException(file, 10, "unknown key derivation id " + kdfId);
        }
        KdfParameters kdf;
        try {
            kdf = new KdfParameters(in.getInt(), in.getInt(), Byte.toUnsignedInt(in.get()));
        } catch (IllegalArgumentException e) {
            throw new SealedFileFormatException(file, 11, e.getMessage());
        }
        int saltLength = Byte.toUnsignedInt(in.get());
        if (saltLength != SALT_LENGTH) {
            throw new SealedFileFormatException(file, 20, "salt length " + saltLength + ", expected " + SALT_LENGTH);
        }
        byte[] salt = new byte[SALT_LENGTH];
        in.get(salt);
        byte[] check = new byte[PassphraseKey.CHECK_LENGTH];
        in.get(check);
        int payloadLength = in.getInt();
        if (payloadLength < 0 || payloadLength != in.remaining()) {
            throw new SealedFileFormatException(file, HEADER_LENGTH, "payload length " + Integer.toUnsignedString(payloadLength)
                    + " but " + in.remaining() + " bytes follow");
        }
        byte[] payload = new byte[payloadLength];
        in.get(payload);
        byte[] header = Arrays.copyOf(in.array(), HEADER_LENGTH);
        return new Parsed(kdf, salt, check, header, payload);
    }

    /** Decrypts the content; the key must come from this file's salt and parameters. */
    static byte[] open(Path file, Parsed parsed, PassphraseKey key) throws IOException {
        if (!key.matches(parsed.check())) {
            throw new WrongPassphraseException(file);
        }
        try {
            return key.aead().decrypt(parsed.payload(), parsed.header());
        } catch (GeneralSecurityException e) {
            throw new SealedFileFormatException(file, HEADER_LENGTH + 4,
                    "the passphrase is right but the content fails authentication (damaged or altered)");
        }
    }

    static void write(Path file, KdfParameters kdf, byte[] salt, PassphraseKey key, byte[] content) throws IOException {
        ByteArrayOutputStream headerBytes = new ByteArrayOutputStream(HEADER_LENGTH);
        DataOutputStream header = new DataOutputStream(headerBytes);
        header.write(MAGIC);
        header.writeShort(VERSION);
        header.writeByte(KDF_ARGON2ID);
        header.writeInt(kdf.memoryKiB());
        header.writeInt(kdf.iterations());
        header.writeByte(kdf.parallelism());
        header.writeByte(salt.length);
        header.write(salt);
        header.write(key.check());
        byte[] ad = headerBytes.toByteArray();
        byte[] payload;
        try {
            payload = key.aead().encrypt(content, ad);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt " + file, e);
        }
        AtomicReplace.write(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(ad);
            data.writeInt(payload.length);
            data.write(payload);
            data.flush();
        });
    }
}
