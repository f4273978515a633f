package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * A {@code multipart/related; type="application/dicom"} request body that streams each Part 10
 * file from disk as it is written, so a request of any size holds only a copy buffer in memory.
 * Its length is known beforehand (file sizes plus delimiters). May be written more than once.
 */
final class MultipartDicomBody extends RequestBody {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<Path> files;
    private final String boundary;
    private final long length;

    MultipartDicomBody(List<Path> files) throws IOException {
        this.files = List.copyOf(files);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        this.boundary = "lumen-" + HexFormat.of().formatHex(random);
        long total = closing().length;
        for (Path f : this.files) {
            total += partHeader().length + Files.size(f);
        }
        this.length = total;
    }

    String boundary() {
        return boundary;
    }

    @Override
    public MediaType contentType() {
        return MediaType.get("multipart/related; type=\"application/dicom\"; boundary=" + boundary);
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        for (Path f : files) {
            sink.write(partHeader());
            try (InputStream in = Files.newInputStream(f); Source source = Okio.source(in)) {
                sink.writeAll(source);
            }
        }
        sink.write(closing());
    }

    /** The delimiter before each part (the first one's leading CRLF is harmless preamble) and its headers. */
    private byte[] partHeader() {
        return ("\r\n--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] closing() {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
