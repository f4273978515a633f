package org.lumen.store.cache;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.StreamingAead;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import org.lumen.store.crypto.KeyedHash;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.io.AtomicReplace;

/**
 * Reads and writes entry files (big-endian):
 *
 * <pre>
 *  0  "LCE1"   magic          4  u8 mode (0 = AEAD up to 4 MiB, 1 = streaming AEAD AES256_GCM_HKDF_1MB)
 *  5  u32      header length  9  header = AES-256-GCM of (key, labels, length, time),
 *                                associated data = label + the file's keyed-hash name
 *  9+n body    AEAD or streaming AEAD of the content, associated data = label + the entry's key
 * </pre>
 *
 * The name is HMAC-SHA256 of the key, so a file moved to another name fails its header check and a
 * header copied onto another body fails the body check. Thread-safe.
 */
final class EntryCodec {
    static final int STREAMING_THRESHOLD = 4 << 20;
    static final long MAX_CONTENT = Integer.MAX_VALUE - 64;
    private static final byte[] MAGIC = "LCE1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEADER_LABEL = "lumen/cache/header/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BODY_LABEL = "lumen/cache/body/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int PREFIX = 9;
    private static final int MAX_HEADER = 64 * 1024;
    private static final ThreadLocal<byte[]> SEALED = new ThreadLocal<>();

    private final KeyedHash names;
    private final Aead aead;
    private final StreamingAead streaming;

    EntryCodec(StoreKeys keys) {
        this.names = keys.keyedHash("cache/names");
        this.aead = keys.aead("cache/entries");
        this.streaming = keys.streamingAead("cache/entries");
    }

    /** The file name of an entry: 64 hex digits of HMAC-SHA256 of its key. */
    String name(EntryKey key) {
        return names.hex(key.canonical());
    }

    void write(Path target, EntryKey key, EntryLabels labels, byte[] content, long nowMillis) throws IOException {
        boolean stream = content.length > STREAMING_THRESHOLD;
        byte[] header = encryptHeader(target, key, labels, content.length, nowMillis, stream);
        byte[] bodyAd = concat(BODY_LABEL, key.canonical());
        AtomicReplace.write(target, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(MAGIC);
            data.writeByte(stream ? 1 : 0);
            data.writeInt(header.length);
            data.write(header);
            data.flush();
            try {
                if (stream) {
                    try (OutputStream encrypting = streaming.newEncryptingStream(out, bodyAd)) {
                        encrypting.write(content);
                    }
                } else {
                    out.write(aead.encrypt(content, bodyAd));
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encrypt a cache entry", e);
            }
        });
    }

    /** Reads and authenticates the header of {@code file}, whose name must be the entry's keyed hash. */
    EntryHeader readHeader(Path file) throws IOException, EntryRejectedException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(file, channel);
        }
    }

    /** Reads, authenticates and decrypts the content of {@code file}, which must hold {@code expected}. */
    byte[] readContent(Path file, EntryKey expected) throws IOException, EntryRejectedException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            EntryHeader header = readHeader(file, channel);
            if (!header.key().equals(expected)) {
                throw new EntryRejectedException(PREFIX, "the header names another entry");
            }
            long size = channel.size();
            if (header.contentLength() > size) {
                throw new EntryRejectedException(PREFIX, "content length " + header.contentLength() + " exceeds the file size " + size);
            }
            byte[] bodyAd = concat(BODY_LABEL, expected.canonical());
            channel.position(header.bodyOffset());
            InputStream body = Channels.newInputStream(channel);
            try {
                if (!header.streaming()) {
                    long bodyLength = size - header.bodyOffset();
                    if (bodyLength > STREAMING_THRESHOLD + 64) {
                        throw new EntryRejectedException(header.bodyOffset(), "an AEAD body of " + bodyLength + " bytes is too long");
                    }
                    byte[] sealed = sealedBuffer((int) bodyLength);
                    readFully(channel, ByteBuffer.wrap(sealed), header.bodyOffset());
                    byte[] plain = aead.decrypt(sealed, bodyAd);
                    if (plain.length != header.contentLength()) {
                        throw new EntryRejectedException(header.bodyOffset(), "content has " + plain.length
                                + " bytes, the header says " + header.contentLength());
                    }
                    return plain;
                }
                byte[] plain = new byte[(int) header.contentLength()];
                try (InputStream decrypting = streaming.newDecryptingStream(body, bodyAd)) {
                    int read = decrypting.readNBytes(plain, 0, plain.length);
                    if (read != plain.length || decrypting.read() != -1) {
                        throw new EntryRejectedException(header.bodyOffset(), "streamed content length differs from the header's "
                                + header.contentLength());
                    }
                }
                return plain;
            } catch (GeneralSecurityException e) {
                throw new EntryRejectedException(header.bodyOffset(), "content fails authentication");
            } catch (IOException e) {
                if (notAboutTheEntry(e)) {
                    throw e;
                }
                throw new EntryRejectedException(header.bodyOffset(), "content fails authentication (" + e.getMessage() + ")");
            }
        }
    }

    /**
     * Whether a failed read says nothing about the entry's bytes: the file went away, or the reading thread
     * was interrupted (its channel closed under it). Such an entry must not be dropped as damaged.
     */
    private static boolean notAboutTheEntry(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.channels.ClosedChannelException
                || e instanceof java.io.InterruptedIOException || Thread.currentThread().isInterrupted();
    }

    /**
     * A buffer of exactly {@code length} bytes for a ciphertext, reused by the thread while entries
     * keep that size (the frames of a series do): it saves an allocation the size of the frame per
     * read. It only ever holds ciphertext.
     */
    private static byte[] sealedBuffer(int length) {
        byte[] buffer = SEALED.get();
        if (buffer == null || buffer.length != length) {
            buffer = new byte[length];
            SEALED.set(buffer);
        }
        return buffer;
    }

    private EntryHeader readHeader(Path file, FileChannel channel) throws IOException, EntryRejectedException {
        long size = channel.size();
        if (size < PREFIX) {
            throw new EntryRejectedException(size, "file too short (" + size + " bytes)");
        }
        ByteBuffer prefix = ByteBuffer.allocate(PREFIX);
        readFully(channel, prefix, 0);
        if (!Arrays.equals(Arrays.copyOf(prefix.array(), 4), MAGIC)) {
            throw new EntryRejectedException(0, "not a cache entry (magic bytes differ)");
        }
        int mode = prefix.get(4);
        if (mode != 0 && mode != 1) {
            throw new EntryRejectedException(4, "unknown mode " + mode);
        }
        int headerLength = prefix.getInt(5);
        if (headerLength < 1 || headerLength > MAX_HEADER || PREFIX + (long) headerLength > size) {
            throw new EntryRejectedException(5, "header length " + headerLength + " does not fit the file of " + size + " bytes");
        }
        ByteBuffer sealed = ByteBuffer.allocate(headerLength);
        readFully(channel, sealed, PREFIX);
        byte[] nameHash;
        try {
            nameHash = HexFormat.of().parseHex(file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            throw new EntryRejectedException(0, "the file name is not a keyed hash");
        }
        byte[] plain;
        try {
            plain = aead.decrypt(sealed.array(), concat(HEADER_LABEL, nameHash));
        } catch (GeneralSecurityException e) {
            throw new EntryRejectedException(PREFIX, "header fails authentication (altered, or moved from another name)");
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain))) {
            EntryKey key = new EntryKey(in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF());
            String[] labels = new String[6];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = in.readUTF();
            }
            long length = in.readLong();
            long writtenAt = in.readLong();
            if (length < 0 || length > MAX_CONTENT || (mode == 0) == (length > STREAMING_THRESHOLD)) {
                throw new EntryRejectedException(PREFIX, "content length " + length + " does not fit mode " + mode);
            }
            if (!java.security.MessageDigest.isEqual(nameHash, names.hash(key.canonical()))) {
                throw new EntryRejectedException(0, "the file name is not the keyed hash of the entry it holds");
            }
            return new EntryHeader(key, EntryLabels.of(labels), length, writtenAt, mode == 1, PREFIX + headerLength);
        } catch (IOException | IllegalArgumentException e) {
            throw new EntryRejectedException(PREFIX, "header content is malformed: " + e.getMessage());
        }
    }

    private byte[] encryptHeader(Path target, EntryKey key, EntryLabels labels, long length, long now, boolean stream)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String f : new String[] {key.serverId(), key.studyUid(), key.seriesUid(), key.instanceUid(), key.part()}) {
                out.writeUTF(f);
            }
            for (String f : labels.fields()) {
                out.writeUTF(f);
            }
            out.writeLong(length);
            out.writeLong(now);
        }
        try {
            byte[] nameHash = HexFormat.of().parseHex(target.getFileName().toString());
            return aead.encrypt(bytes.toByteArray(), concat(HEADER_LABEL, nameHash));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt a cache entry header", e);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException, EntryRejectedException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                throw new EntryRejectedException(at, "file ends early");
            }
            at += n;
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
