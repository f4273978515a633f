package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import okio.Okio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.MultipartException;

class MultipartReaderTest {
    private static final String BOUNDARY = "b0undary-42";

    /** An input stream that hands out one byte per read, to split every token across reads. */
    static class Trickle extends InputStream {
        private final byte[] data;
        private int pos;

        Trickle(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int r = read();
            if (r < 0) {
                return -1;
            }
            b[off] = (byte) r;
            return 1;
        }
    }

    static byte[] multipart(String newline, boolean closing, byte[]... bodies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("preamble to ignore" + newline).getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < bodies.length; i++) {
            String head = "--" + BOUNDARY + newline
                    + "Content-Type: application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1" + newline
                    + "Content-Location: /frames/" + (i + 1) + newline + newline;
            out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(bodies[i]);
            out.writeBytes(newline.getBytes(StandardCharsets.ISO_8859_1));
        }
        if (closing) {
            out.writeBytes(("--" + BOUNDARY + "--" + newline + "epilogue").getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeBytes(("--" + BOUNDARY).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    static MultipartReader trickleReader(byte[] body) {
        return new MultipartReader(Okio.buffer(Okio.source(new Trickle(body))), BOUNDARY);
    }

    static List<byte[]> readAll(MultipartReader reader) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        for (Optional<Part> p = reader.nextPart(); p.isPresent(); p = reader.nextPart()) {
            parts.add(p.get().body().readAllBytes());
        }
        return parts;
    }

    static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n"})
    void manyPartsInOneByteChunks(String newline) throws IOException {
        byte[][] bodies = new byte[40][];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = randomBytes(i * 37, i);
        }
        List<byte[]> parts = readAll(trickleReader(multipart(newline, true, bodies)));
        assertThat(parts).hasSize(bodies.length);
        for (int i = 0; i < bodies.length; i++) {
            assertThat(parts.get(i)).as("part %d", i).isEqualTo(bodies[i]);
        }
    }

    @Test
    void headersAreParsed() throws IOException {
        MultipartReader reader = trickleReader(multipart("\r\n", true, new byte[] {1, 2, 3}));
        Part part = reader.nextPart().orElseThrow();
        assertThat(part.index()).isZero();
        assertThat(part.transferSyntax()).contains("1.2.840.10008.1.2.1");
        assertThat(part.contentLocation()).contains("/frames/1");
        assertThat(part.contentType().orElseThrow().type()).isEqualTo("application");
        assertThat(part.body().readAllBytes()).containsExactly(1, 2, 3);
        assertThat(reader.nextPart()).isEmpty();
    }

    @Test
    void bodiesWithBoundaryLikeBytesAreKeptWhole() throws IOException {
        byte[] tricky = ("x\r\n--" + BOUNDARY + "X not a delimiter\r\n--" + BOUNDARY.substring(0, 5) + "\r\n--\n\r\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] endsWithCr = {'a', '\r'};
        List<byte[]> parts = readAll(trickleReader(multipart("\r\n", true, tricky, endsWithCr, new byte[0])));
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).isEqualTo(tricky);
        assertThat(parts.get(1)).isEqualTo(endsWithCr);
        assertThat(parts.get(2)).isEmpty();
    }

    @Test
    void bodyEndingAtConnectionCloseAfterDelimiterIsComplete() throws IOException {
        byte[] a = randomBytes(1000, 1);
        byte[] b = randomBytes(3000, 2);
        List<byte[]> parts = readAll(trickleReader(multipart("\r\n", false, a, b)));
        assertThat(parts).hasSize(2);
        assertThat(parts.get(1)).isEqualTo(b);
    }

    @Test
    void bodyEndingAfterADelimiterLineIsCompleteButNotAfterPartialHeaders() throws IOException {
        byte[] a = randomBytes(300, 8);
        byte[] full = multipart("\r\n", false, a);
        byte[] withNewline = java.util.Arrays.copyOf(full, full.length + 2);
        withNewline[full.length] = '\r';
        withNewline[full.length + 1] = '\n';
        assertThat(readAll(trickleReader(withNewline))).singleElement().isEqualTo(a);

        byte[] startedHeaders = java.util.Arrays.copyOf(withNewline, withNewline.length + 3);
        System.arraycopy("Con".getBytes(StandardCharsets.ISO_8859_1), 0, startedHeaders, withNewline.length, 3);
        assertThatThrownBy(() -> readAll(trickleReader(startedHeaders)))
                .isInstanceOfSatisfying(MultipartException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
                    assertThat(e.partIndex()).isEqualTo(1);
                });
    }

    @Test
    void partsAreHandedOutBeforeTheRestOfTheBodyArrives() throws IOException {
        byte[] body = multipart("\r\n", true, randomBytes(2000, 10), randomBytes(2000, 11));
        int firstDelimiterEnd = new String(body, StandardCharsets.ISO_8859_1).indexOf("--" + BOUNDARY, 100) + 200;
        boolean[] firstPartConsumed = {false};
        InputStream gated = new Trickle(body) {
            private int served;

            @Override
            public int read(byte[] b, int off, int len) {
                if (served >= firstDelimiterEnd && !firstPartConsumed[0]) {
                    throw new IllegalStateException("the reader asked for part 2 before part 1 was handed out");
                }
                int n = super.read(b, off, len);
                served += Math.max(n, 0);
                return n;
            }
        };
        MultipartReader reader = new MultipartReader(Okio.buffer(Okio.source(gated)), BOUNDARY);
        assertThat(reader.nextPart().orElseThrow().body().readAllBytes()).hasSize(2000);
        firstPartConsumed[0] = true;
        assertThat(reader.nextPart().orElseThrow().body().readAllBytes()).hasSize(2000);
        assertThat(reader.nextPart()).isEmpty();
    }

    @Test
    void unreadPartsAreSkipped() throws IOException {
        MultipartReader reader = trickleReader(multipart("\n", true, randomBytes(500, 3), new byte[] {9}));
        reader.nextPart().orElseThrow().body().read();
        assertThat(reader.nextPart().orElseThrow().body().readAllBytes()).containsExactly(9);
        assertThat(reader.nextPart()).isEmpty();
    }

    @Test
    void truncatedPartIsAnErrorNamingPartAndOffset() throws IOException {
        byte[] full = multipart("\r\n", true, randomBytes(100, 4), randomBytes(5000, 5));
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1000);
        MultipartReader reader = trickleReader(cut);
        reader.nextPart().orElseThrow().body().readAllBytes();
        InputStream second = reader.nextPart().orElseThrow().body();
        assertThatThrownBy(second::readAllBytes)
                .isInstanceOfSatisfying(MultipartException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
                    assertThat(e.partIndex()).isEqualTo(1);
                    assertThat(e.offset()).isEqualTo(cut.length);
                });
    }

    @Test
    void truncatedInsideHeaders() throws IOException {
        byte[] cut = ("--" + BOUNDARY + "\r\nContent-Type: application/dic").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> trickleReader(cut).nextPart())
                .isInstanceOfSatisfying(MultipartException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
                    assertThat(e.partIndex()).isZero();
                });
    }

    @Test
    void truncatedPartialDelimiter() throws IOException {
        byte[] full = multipart("\r\n", true, new byte[] {1, 2, 3});
        String text = new String(full, StandardCharsets.ISO_8859_1);
        byte[] cut = text.substring(0, text.lastIndexOf("--" + BOUNDARY) + 5).getBytes(StandardCharsets.ISO_8859_1);
        MultipartReader reader = trickleReader(cut);
        InputStream body = reader.nextPart().orElseThrow().body();
        assertThatThrownBy(body::readAllBytes).isInstanceOf(MultipartException.class)
                .extracting(e -> ((DicomWebException) e).problem()).isEqualTo(Problem.TRUNCATED);
    }

    @Test
    void noDelimiterAtAllIsMalformed() {
        byte[] html = "<html>Internal error</html>".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> trickleReader(html).nextPart())
                .isInstanceOfSatisfying(MultipartException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_MULTIPART);
                    assertThat(e.partIndex()).isEqualTo(-1);
                });
    }

    @Test
    void malformedHeaderLine() {
        byte[] bad = ("--" + BOUNDARY + "\r\nno colon here\r\n\r\nbody\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> trickleReader(bad).nextPart())
                .isInstanceOfSatisfying(MultipartException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.MALFORMED_MULTIPART);
                    assertThat(e.offset()).isEqualTo(("--" + BOUNDARY + "\r\n").length());
                });
    }

    @Test
    void endlessHeaderLineIsRejectedWithoutBufferingIt() {
        byte[] bad = ("--" + BOUNDARY + "\r\nX: " + "a".repeat(100_000)).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> trickleReader(bad).nextPart())
                .isInstanceOfSatisfying(MultipartException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED_MULTIPART));
    }

    @Test
    void declaredContentLengthIsHonouredAndChecked() throws IOException {
        byte[] body = ("--" + BOUNDARY + "\r\nContent-Length: 4\r\n\r\n\r\n--" + BOUNDARY + "\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.ISO_8859_1);
        Part p = trickleReader(body).nextPart().orElseThrow();
        assertThat(p.contentLength()).hasValue(4);
        assertThatThrownBy(() -> p.body().readAllBytes()).isInstanceOf(MultipartException.class);

        byte[] good = ("--" + BOUNDARY + "\nContent-Length: 5\n\n\n--" + BOUNDARY.substring(0, 2) + "\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(readAll(trickleReader(good)).getFirst()).isEqualTo(("\n--" + BOUNDARY.substring(0, 2))
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void readBodyLimitsMemory() throws IOException {
        MultipartReader reader = trickleReader(multipart("\r\n", true, new byte[100]));
        Part part = reader.nextPart().orElseThrow();
        assertThatThrownBy(() -> part.readBody(99)).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void largeBodyStreamsThroughBoundedBuffer() throws IOException {
        byte[] big = randomBytes(8 << 20, 7);
        MultipartReader reader = new MultipartReader(
                Okio.buffer(Okio.source(new ByteArrayInputStream(multipart("\r\n", true, big)))), BOUNDARY);
        InputStream body = reader.nextPart().orElseThrow().body();
        byte[] chunk = new byte[65536];
        long total = 0;
        long maxBuffered = 0;
        for (int n; (n = body.read(chunk)) >= 0; ) {
            total += n;
            maxBuffered = Math.max(maxBuffered, reader.bufferedBytes());
        }
        assertThat(total).isEqualTo(big.length);
        assertThat(maxBuffered).isLessThan(64 * 1024);
    }

    @Test
    void boundaryFromContentType() throws IOException {
        assertThat(MultipartReader.boundaryOf("multipart/related; type=\"application/dicom\"; boundary=\"a b:c\""))
                .isEqualTo("a b:c");
        assertThat(MultipartReader.boundaryOf("multipart/related;boundary=xyz;type=application/dicom")).isEqualTo("xyz");
        assertThatThrownBy(() -> MultipartReader.boundaryOf("application/json")).isInstanceOf(DicomWebException.class);
        assertThatThrownBy(() -> MultipartReader.boundaryOf("multipart/related; type=x")).isInstanceOf(DicomWebException.class);
    }
}
