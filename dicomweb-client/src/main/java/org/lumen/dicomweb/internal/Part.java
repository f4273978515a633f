package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * One part of a multipart body: its headers and a body stream that reads only this part's bytes.
 * The body is valid until the next call to {@link MultipartReader#nextPart()}.
 */
public final class Part {
    private static final int MIN_CAPACITY = 64 * 1024;
    private static final int MAX_PREALLOCATION = 16 << 20;

    private final int index;
    private final Headers headers;
    private final InputStream body;

    Part(int index, Headers headers, InputStream body) {
        this.index = index;
        this.headers = headers;
        this.body = body;
    }

    /** Zero-based position of the part in the body. */
    public int index() {
        return index;
    }

    public Headers headers() {
        return headers;
    }

    /** The part's Content-Type, parsed; empty when absent or unparseable. */
    public Optional<ContentType> contentType() {
        String value = headers.get("Content-Type");
        return value == null ? Optional.empty() : ContentType.parse(value);
    }

    /** The transfer-syntax parameter of the Content-Type, if any. */
    public Optional<String> transferSyntax() {
        return contentType().flatMap(t -> t.parameter("transfer-syntax"));
    }

    public Optional<String> contentLocation() {
        return Optional.ofNullable(headers.get("Content-Location"));
    }

    public OptionalLong contentLength() {
        String value = headers.get("Content-Length");
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value.trim()));
    }

    /** The part's body, streamed from the connection. */
    public InputStream body() {
        return body;
    }

    /** Reads the whole body into memory, failing with {@code TOO_LARGE} past maxBytes. */
    public byte[] readBody(int maxBytes) throws IOException {
        return readBody(maxBytes, 0);
    }

    /**
     * Reads the whole body into memory, failing with {@code TOO_LARGE} past maxBytes. The array
     * starts at the part's declared Content-Length, else at {@code expectedBytes} (e.g. the
     * response's length shared among its parts), so a part arrives with one copy out of the
     * connection's buffer and at most one trim, rather than in chunks joined at the end. Neither
     * size is trusted beyond {@value #MAX_PREALLOCATION} bytes: past that the array grows as data arrives.
     */
    public byte[] readBody(int maxBytes, long expectedBytes) throws IOException {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        OptionalLong declared = contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        long wanted = declared.isPresent() ? declared.getAsLong() : expectedBytes > 0 ? expectedBytes : MIN_CAPACITY;
        byte[] data = new byte[Math.min(maxBytes, Math.clamp(wanted, 1, MAX_PREALLOCATION))];
        int length = 0;
        while (true) {
            if (length == data.length) {
                int next = body.read();
                if (next < 0) {
                    return data;
                }
                if (length == maxBytes) {
                    throw tooLarge(maxBytes);
                }
                data = Arrays.copyOf(data, (int) Math.min(maxBytes, Math.max(MIN_CAPACITY, (long) length + (length >> 1))));
                data[length++] = (byte) next;
            }
            int n = body.read(data, length, data.length - length);
            if (n < 0) {
                return Arrays.copyOf(data, length);
            }
            length += n;
        }
    }

    private DicomWebException tooLarge(int maxBytes) {
        return new DicomWebException(Problem.TOO_LARGE, "part " + index + " is larger than " + maxBytes + " bytes");
    }
}
