package org.lumen.dicom.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Optional;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;

/**
 * Buffered, seekable input over a file channel or a byte array, with reads of 16- and 32-bit
 * numbers in a settable byte order straight from the buffer (no per-byte virtual calls). Every read
 * checks the bytes it needs against what is left, so a short input fails with
 * {@link Problem#TRUNCATED} at the offset where it ends, and no read allocates more than what the
 * input still holds.
 */
final class DicomInput {
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Optional<FileChannel> channel;
    private final long end;
    private final byte[] buffer;
    private int pos;
    private int limit;
    private long bufferStart;
    private boolean bigEndian;

    private DicomInput(Optional<FileChannel> channel, long end, byte[] buffer, int limit, long bufferStart) {
        this.channel = channel;
        this.end = end;
        this.buffer = buffer;
        this.limit = limit;
        this.bufferStart = bufferStart;
    }

    static DicomInput ofChannel(FileChannel channel) throws IOException {
        return new DicomInput(Optional.of(channel), channel.size(), new byte[BUFFER_SIZE], 0, 0);
    }

    /** Input over bytes that stood at {@code base} in the original input (offsets are reported from there). */
    static DicomInput ofBytes(byte[] data, long base) {
        return new DicomInput(Optional.empty(), base + data.length, data, data.length, base);
    }

    boolean fileBacked() {
        return channel.isPresent();
    }

    long position() {
        return bufferStart + pos;
    }

    /** Offset just past the last byte of the input. */
    long end() {
        return end;
    }

    long remaining() {
        return end - position();
    }

    void order(ByteOrder order) {
        bigEndian = order == ByteOrder.BIG_ENDIAN;
    }

    ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    void seek(long position) throws IOException {
        if (position < 0 || position > end) {
            throw new DicomFormatException(Problem.TRUNCATED, end, "seek to " + position + " past the end of the input");
        }
        if (position >= bufferStart && position <= bufferStart + limit) {
            pos = (int) (position - bufferStart);
        } else {
            bufferStart = position;
            pos = 0;
            limit = 0;
        }
    }

    void skip(long n) throws IOException {
        seek(position() + n);
    }

    /** Makes sure {@code n} (at most the buffer size) bytes are buffered, or fails with TRUNCATED. */
    private void ensure(int n) throws IOException {
        if (limit - pos >= n) {
            return;
        }
        if (remaining() < n || channel.isEmpty()) {
            throw new DicomFormatException(Problem.TRUNCATED, position(),
                    "input ends after " + remaining() + " of " + n + " bytes");
        }
        FileChannel ch = channel.get();
        int kept = limit - pos;
        System.arraycopy(buffer, pos, buffer, 0, kept);
        bufferStart += pos;
        pos = 0;
        limit = kept;
        ByteBuffer target = ByteBuffer.wrap(buffer, limit, buffer.length - limit);
        while (limit < n) {
            int read = ch.read(target, bufferStart + limit);
            if (read < 0) {
                throw new DicomFormatException(Problem.TRUNCATED, position(), "input ends inside a header");
            }
            limit += read;
        }
    }

    /** Byte {@code ahead} positions from here without consuming it; -1 past the end. */
    int peek(int ahead) throws IOException {
        if (remaining() <= ahead) {
            return -1;
        }
        ensure(ahead + 1);
        return buffer[pos + ahead] & 0xFF;
    }

    int u16() throws IOException {
        ensure(2);
        int a = buffer[pos] & 0xFF;
        int b = buffer[pos + 1] & 0xFF;
        pos += 2;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    /** A 32-bit value (read as unsigned into a long). */
    long u32() throws IOException {
        ensure(4);
        int a = buffer[pos] & 0xFF;
        int b = buffer[pos + 1] & 0xFF;
        int c = buffer[pos + 2] & 0xFF;
        int d = buffer[pos + 3] & 0xFF;
        pos += 4;
        int v = bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a;
        return v & 0xFFFFFFFFL;
    }

    /** A tag: group then element, each 16 bits in the current byte order. */
    int tag() throws IOException {
        int group = u16();
        return group << 16 | u16();
    }

    /** Reads {@code n} bytes; the caller has checked {@code n} against {@link #remaining()}. */
    byte[] bytes(int n) throws IOException {
        if (n < 0 || n > remaining()) {
            throw new DicomFormatException(Problem.TRUNCATED, position(),
                    "value of " + Integer.toUnsignedString(n) + " bytes runs past the end of the input");
        }
        byte[] out = new byte[n];
        int buffered = Math.min(n, limit - pos);
        System.arraycopy(buffer, pos, out, 0, buffered);
        pos += buffered;
        if (buffered < n) {
            FileChannel ch = channel.orElseThrow();
            ByteBuffer target = ByteBuffer.wrap(out, buffered, n - buffered);
            long at = position();
            while (target.hasRemaining()) {
                int read = ch.read(target, at);
                if (read < 0) {
                    throw new DicomFormatException(Problem.TRUNCATED, at, "input ends inside a value");
                }
                at += read;
            }
            bufferStart = at;
            pos = 0;
            limit = 0;
        }
        return out;
    }
}
