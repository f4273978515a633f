package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InputStream;
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
        OptionalLong declared = contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] data = body.readNBytes(maxBytes);
        if (data.length == maxBytes && body.read() >= 0) {
            throw tooLarge(maxBytes);
        }
        return data;
    }

    private DicomWebException tooLarge(int maxBytes) {
        return new DicomWebException(Problem.TOO_LARGE, "part " + index + " is larger than " + maxBytes + " bytes");
    }
}
