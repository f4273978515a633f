package org.lumen.dicomweb.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.MultipartException;

/**
 * Streaming reader of a {@code multipart/related} body (RFC 2046, RFC 2387). Parts are handed out
 * one at a time as they arrive; a part's body is read straight from the source, so memory stays
 * bounded by a few buffer segments whatever the size of the response.
 *
 * <p>Tolerant where real servers differ: CRLF or bare LF line ends, transport padding after a
 * delimiter, a body that ends at connection close after a part's delimiter without the closing
 * {@code --boundary--}. Strict where data would be lost: a body that ends inside a part or its
 * headers is a {@link MultipartException} of kind {@code TRUNCATED}, never a short part.
 *
 * <p>Not thread-safe: one thread reads parts in order.
 */
public final class MultipartReader implements Closeable {
    private static final int MAX_HEADER_LINE = 8192;
    private static final int MAX_HEADERS = 64;
    private static final int MAX_PADDING = 256;
    private static final int MAX_EPILOGUE = 64 * 1024;

    private final BufferedSource source;
    private final Buffer buffer;
    private final ByteString dashBoundary;
    private final ByteString lfDelimiter;
    /** Boyer-Moore-Horspool shifts for {@link #lfDelimiter}, by byte value. */
    private final int[] skip;
    private long consumed;
    private int partIndex = -1;
    private boolean finished;
    private Region region;

    public MultipartReader(BufferedSource source, String boundary) {
        if (boundary.isEmpty() || boundary.length() > 70) {
            throw new IllegalArgumentException("boundary must have 1 to 70 characters: " + boundary.length());
        }
        this.source = source;
        this.buffer = source.getBuffer();
        this.dashBoundary = ByteString.encodeString("--" + boundary, StandardCharsets.ISO_8859_1);
        this.lfDelimiter = ByteString.encodeString("\n--" + boundary, StandardCharsets.ISO_8859_1);
        this.skip = new int[256];
        int m = lfDelimiter.size();
        java.util.Arrays.fill(skip, m);
        for (int i = 0; i < m - 1; i++) {
            skip[lfDelimiter.getByte(i) & 0xff] = m - 1 - i;
        }
        this.region = new Region(OptionalLong.empty());
    }

    /** The boundary parameter of a multipart Content-Type, quoted or not. */
    public static String boundaryOf(String contentType) throws DicomWebException {
        Optional<ContentType> type = ContentType.parse(contentType);
        if (type.isEmpty() || !type.get().type().equals("multipart")) {
            throw new DicomWebException(Problem.UNEXPECTED_CONTENT_TYPE, "not a multipart media type: " + contentType);
        }
        String boundary = type.get().parameter("boundary").orElse("");
        if (boundary.isEmpty() || boundary.length() > 70) {
            throw new DicomWebException(Problem.MALFORMED_MULTIPART,
                    "multipart media type without a valid boundary: " + contentType);
        }
        return boundary;
    }

    /**
     * The next part, or empty after the last one. Whatever the caller left unread of the previous
     * part's body is skipped first.
     */
    public Optional<Part> nextPart() throws IOException {
        while (!finished && region.skipData() >= 0) {
            // skipData always consumes data or reaches the region's end
        }
        if (finished) {
            drainEpilogue();
            return Optional.empty();
        }
        partIndex++;
        if (!source.request(1)) {
            // The body ended right after a delimiter line: no part was started, nothing is lost.
            finished = true;
            return Optional.empty();
        }
        Headers headers = readHeaders();
        OptionalLong length = contentLength(headers);
        region = new Region(length);
        return Optional.of(new Part(partIndex, headers, new PartInputStream(region)));
    }

    /** Bytes read from the connection and not yet handed out (for memory accounting). */
    long bufferedBytes() {
        return buffer.size();
    }

    /** Bytes of the body consumed so far. */
    long offset() {
        return consumed;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        source.close();
    }

    private Headers readHeaders() throws IOException {
        Headers.Builder headers = new Headers.Builder();
        for (int count = 0; ; count++) {
            long lf = source.indexOf((byte) '\n', 0, MAX_HEADER_LINE);
            if (lf < 0) {
                if (buffer.size() >= MAX_HEADER_LINE) {
                    throw error(Problem.MALFORMED_MULTIPART, "header line longer than " + MAX_HEADER_LINE + " bytes");
                }
                throw error(Problem.TRUNCATED, "body ended inside the part headers");
            }
            String line = buffer.readString(lf, StandardCharsets.ISO_8859_1);
            buffer.skip(1);
            long lineStart = consumed;
            consumed += lf + 1;
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isEmpty()) {
                return headers.build();
            }
            if (count >= MAX_HEADERS) {
                throw error(Problem.MALFORMED_MULTIPART, "more than " + MAX_HEADERS + " header lines");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MultipartException(Problem.MALFORMED_MULTIPART, partIndex, lineStart,
                        "header line without a name and colon");
            }
            try {
                headers.addUnsafeNonAscii(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new MultipartException(Problem.MALFORMED_MULTIPART, partIndex, lineStart,
                        "invalid header name: " + e.getMessage());
            }
        }
    }

    private OptionalLong contentLength(Headers headers) throws MultipartException {
        String value = headers.get("Content-Length");
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            long length = Long.parseLong(value.trim());
            if (length < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(length);
        } catch (NumberFormatException e) {
            throw error(Problem.MALFORMED_MULTIPART, "invalid Content-Length: " + value);
        }
    }

    private void drainEpilogue() throws IOException {
        long left = MAX_EPILOGUE;
        while (left > 0 && source.request(1)) {
            long n = Math.min(left, buffer.size());
            skip(n);
            left -= n;
        }
    }

    private void skip(long n) throws IOException {
        buffer.skip(n);
        consumed += n;
    }

    MultipartException error(Problem problem, String detail) {
        return new MultipartException(problem, partIndex, consumed, detail);
    }

    /**
     * The bytes between two delimiters (or before the first one). {@link #available} tells how
     * many bytes at the head of the buffer belong to it, consuming the delimiter when it is next.
     */
    final class Region {
        private final OptionalLong declaredLength;
        private long remaining;
        private boolean atStart = true;
        boolean ended;

        Region(OptionalLong declaredLength) {
            this.declaredLength = declaredLength;
            this.remaining = declaredLength.orElse(-1);
        }

        /** Reads up to len bytes of this region, or returns -1 at its end. */
        int read(byte[] b, int off, int len) throws IOException {
            long n = available(len);
            if (n < 0) {
                return -1;
            }
            int read = buffer.read(b, off, (int) n);
            consumed += read;
            remaining -= read;
            return read;
        }

        /** Skips the data at the head of the buffer; returns how much, or -1 at the region's end. */
        long skipData() throws IOException {
            long n = available(Long.MAX_VALUE);
            if (n > 0) {
                skip(n);
                remaining -= n;
            }
            return n;
        }

        /** Bytes of this region at the head of the buffer (at most max), or -1 at its end. */
        long available(long max) throws IOException {
            if (ended) {
                return -1;
            }
            if (declaredLength.isPresent()) {
                return availableCounted(max);
            }
            if (atStart) {
                atStart = false;
                if (source.request(dashBoundary.size()) && buffer.rangeEquals(0, dashBoundary)) {
                    Tail tail = tailAt(dashBoundary.size());
                    if (tail.valid()) {
                        endRegion(dashBoundary.size(), tail);
                        return -1;
                    }
                }
            }
            int keyLength = lfDelimiter.size();
            boolean enough = source.request(keyLength + 1L);
            long from = 0;
            while (true) {
                long at = indexOfDelimiter(from);
                if (at < 0) {
                    break;
                }
                Tail tail = tailAt(at + keyLength);
                if (tail.valid()) {
                    long dataEnd = at > 0 && buffer.getByte(at - 1) == '\r' ? at - 1 : at;
                    if (dataEnd > 0) {
                        return Math.min(max, dataEnd);
                    }
                    endRegion(at + keyLength, tail);
                    return -1;
                }
                from = at + 1;
            }
            if (!enough) {
                throw missingDelimiter();
            }
            long safe = buffer.size() - keyLength;
            return Math.min(max, safe);
        }

        private long availableCounted(long max) throws IOException {
            if (remaining > 0) {
                if (!source.request(1)) {
                    throw error(Problem.TRUNCATED, "body ended " + remaining + " bytes before the end of the part's declared Content-Length");
                }
                return Math.min(Math.min(max, remaining), buffer.size());
            }
            long skipNewline = 0;
            if (source.request(1) && buffer.getByte(0) == '\n') {
                skipNewline = 1;
            } else if (source.request(2) && buffer.getByte(0) == '\r' && buffer.getByte(1) == '\n') {
                skipNewline = 2;
            }
            if (!source.request(skipNewline + dashBoundary.size())) {
                throw error(Problem.TRUNCATED, "body ended before the delimiter after a part of declared Content-Length");
            }
            Tail tail = buffer.rangeEquals(skipNewline, dashBoundary) ? tailAt(skipNewline + dashBoundary.size()) : Tail.INVALID;
            if (!tail.valid()) {
                throw error(Problem.MALFORMED_MULTIPART, "no boundary delimiter where the part's Content-Length ends");
            }
            endRegion(skipNewline + dashBoundary.size(), tail);
            return -1;
        }

        private MultipartException missingDelimiter() {
            long end = consumed + buffer.size();
            if (partIndex < 0) {
                return new MultipartException(Problem.MALFORMED_MULTIPART, partIndex, end, "no boundary delimiter in the body");
            }
            return new MultipartException(Problem.TRUNCATED, partIndex, end, "body ended inside the part, before its delimiter");
        }

        private void endRegion(long delimiterLength, Tail tail) throws IOException {
            skip(delimiterLength + tail.length);
            ended = true;
            if (tail.last) {
                finished = true;
            }
        }
    }

    /**
     * The first position at or after {@code from} where the buffer holds {@link #lfDelimiter}, or -1.
     * Boyer-Moore-Horspool: on pixel data it looks at about one byte in {@code delimiter length},
     * where a plain search compares every byte (the scan dominated the CPU time of frame parts,
     * which servers such as Orthanc send without a Content-Length).
     */
    private long indexOfDelimiter(long from) {
        int m = lfDelimiter.size();
        byte last = lfDelimiter.getByte(m - 1);
        long end = buffer.size() - m;
        for (long p = from; p <= end; ) {
            byte b = buffer.getByte(p + m - 1);
            if (b == last && buffer.rangeEquals(p, lfDelimiter)) {
                return p;
            }
            p += skip[b & 0xff];
        }
        return -1;
    }

    /** What follows {@code --boundary}: the closing dashes, padding and a line end, or the end of the body. */
    private record Tail(long length, boolean last) {
        static final Tail INVALID = new Tail(-1, true);

        boolean valid() {
            return length >= 0;
        }
    }

    private Tail tailAt(long pos) throws IOException {
        if (!source.request(pos + 1)) {
            return new Tail(0, true);
        }
        byte first = buffer.getByte(pos);
        if (first == '-') {
            if (!source.request(pos + 2) || buffer.getByte(pos + 1) == '-') {
                return new Tail(Math.min(2, buffer.size() - pos), true);
            }
            return Tail.INVALID;
        }
        long p = pos;
        while (p - pos <= MAX_PADDING && source.request(p + 1) && (buffer.getByte(p) == ' ' || buffer.getByte(p) == '\t')) {
            p++;
        }
        if (!source.request(p + 1)) {
            return new Tail(p - pos, true);
        }
        byte b = buffer.getByte(p);
        if (b == '\n') {
            return new Tail(p + 1 - pos, false);
        }
        if (b == '\r') {
            if (!source.request(p + 2)) {
                return new Tail(p + 1 - pos, true);
            }
            if (buffer.getByte(p + 1) == '\n') {
                return new Tail(p + 2 - pos, false);
            }
        }
        return Tail.INVALID;
    }
}
