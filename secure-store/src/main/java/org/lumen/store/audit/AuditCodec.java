package org.lumen.store.audit;

import com.google.crypto.tink.Aead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One record's bytes: plaintext = u64 sequence, u64 time (epoch ms), user, server, study, patient,
 * action (modified UTF-8 strings), 32-byte previous hash; on disk = u32 length + AES-256-GCM of the
 * plaintext with "lumen/audit/record/v1" + the sequence as associated data. The record's hash is
 * SHA-256 of its plaintext.
 */
final class AuditCodec {
    static final byte[] GENESIS = new byte[32];
    static final int MAX_FRAME = 64 * 1024;
    private static final byte[] RECORD_AD = "lumen/audit/record/v1".getBytes(StandardCharsets.US_ASCII);

    private final Aead aead;

    AuditCodec(Aead aead) {
        this.aead = aead;
    }

    byte[] frame(long sequence, Instant time, AuditEvent event, byte[] previousHash) throws IOException {
        byte[] plain = plaintext(sequence, time, event, previousHash);
        try {
            byte[] sealed = aead.encrypt(plain, ad(sequence));
            return ByteBuffer.allocate(4 + sealed.length).putInt(sealed.length).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt an audit record", e);
        }
    }

    /** Decrypts a sealed record expected at {@code sequence}; throws when it fails authentication or parsing. */
    AuditRecord open(long sequence, byte[] sealed) throws GeneralSecurityException, IOException {
        byte[] plain = aead.decrypt(sealed, ad(sequence));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            long seq = in.readLong();
            Instant time = Instant.ofEpochMilli(in.readLong());
            String user = in.readUTF();
            String server = in.readUTF();
            String study = in.readUTF();
            String patient = in.readUTF();
            AuditAction action = AuditAction.valueOf(in.readUTF());
            byte[] previous = in.readNBytes(32);
            if (seq != sequence || previous.length != 32 || in.read() != -1) {
                throw new IOException("record content does not match its position");
            }
            return new AuditRecord(seq, time, new AuditEvent(user, server, study, patient, action),
                    HexFormat.of().formatHex(previous), HexFormat.of().formatHex(sha256(plain)));
        } catch (IllegalArgumentException e) {
            throw new IOException("record content is malformed: " + e.getMessage(), e);
        }
    }

    static byte[] plaintext(long sequence, Instant time, AuditEvent event, byte[] previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(sequence);
            out.writeLong(time.toEpochMilli());
            out.writeUTF(event.user());
            out.writeUTF(event.serverId());
            out.writeUTF(event.studyUid());
            out.writeUTF(event.patientId());
            out.writeUTF(event.action().name());
            out.write(previousHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] ad(long sequence) {
        return ByteBuffer.allocate(RECORD_AD.length + 8).put(RECORD_AD).putLong(sequence).array();
    }
}
