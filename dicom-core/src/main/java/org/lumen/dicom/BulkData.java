package org.lumen.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A range of bytes in a file, read only when asked for. Reading a patient name from a 1 GB file
 * therefore never loads its pixels.
 *
 * @param file   the file that holds the value
 * @param offset byte offset of the value's first byte in the file
 * @param length length of the value in bytes
 */
public record BulkData(Path file, long offset, long length) {
    /** The most a single value may hold in memory (a Java array's limit). */
    public static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 8;

    public BulkData {
        Objects.requireNonNull(file, "file");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length);
        }
    }

    /** Reads the whole range into memory. */
    public byte[] read() throws IOException {
        if (length > MAX_IN_MEMORY) {
            throw new DicomFormatException(DicomFormatException.Problem.ABSURD_SIZE, offset,
                    "value of " + length + " bytes is too large to hold in memory");
        }
        byte[] bytes = new byte[(int) length];
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = offset;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new DicomFormatException(DicomFormatException.Problem.TRUNCATED, position,
                            "file " + file.getFileName() + " ends inside a value of " + length + " bytes");
                }
                position += n;
            }
        }
        return bytes;
    }

    /** Opens a stream over the range; the caller closes it. */
    public InputStream open() throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(offset);
        InputStream in = Channels.newInputStream(channel);
        return new InputStream() {
            private long remaining = length;

            @Override
            public int read() throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int b = in.read();
                if (b >= 0) {
                    remaining--;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining <= 0) {
                    return -1;
                }
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n > 0) {
                    remaining -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }
}
