package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lumen.dicomweb.internal.MultipartReaderTest.multipart;
import static org.lumen.dicomweb.internal.MultipartReaderTest.randomBytes;
import static org.lumen.dicomweb.internal.MultipartReaderTest.trickleReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * {@link Part#readBody(int, long)}: whatever the expected size (none, too small, exact, too large,
 * absurd), every part comes back whole and exact, one after the other, and the limit still holds.
 */
class PartReadBodyTest {
    private static final byte[] FIRST = randomBytes(300_000, 11);
    private static final byte[] SECOND = randomBytes(70_001, 12);

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 69_999, 70_001, 300_000, 300_001, 1 << 20, Long.MAX_VALUE})
    void everyExpectedSizeGivesTheExactParts(long expected) throws IOException {
        MultipartReader reader = trickleReader(multipart("\r\n", true, FIRST, SECOND, new byte[0]));
        assertThat(reader.nextPart().orElseThrow().readBody(1 << 20, expected)).isEqualTo(FIRST);
        assertThat(reader.nextPart().orElseThrow().readBody(1 << 20, expected)).isEqualTo(SECOND);
        assertThat(reader.nextPart().orElseThrow().readBody(1 << 20, expected)).isEmpty();
        assertThat(reader.nextPart()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 50, 99, 100, 1000})
    void theLimitHoldsWhateverWasExpected(long expected) throws IOException {
        MultipartReader exact = trickleReader(multipart("\n", true, new byte[100]));
        assertThat(exact.nextPart().orElseThrow().readBody(100, expected)).hasSize(100);
        MultipartReader over = trickleReader(multipart("\n", true, new byte[101]));
        Part part = over.nextPart().orElseThrow();
        assertThatThrownBy(() -> part.readBody(100, expected)).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void aDeclaredContentLengthSizesTheArray() throws IOException {
        String boundary = "b0undary-42";
        byte[] body = ("--" + boundary + "\r\nContent-Length: 5\r\n\r\nhello\r\n--" + boundary + "--")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(trickleReader(body).nextPart().orElseThrow().readBody(5, 1)).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        Part tooBig = trickleReader(body).nextPart().orElseThrow();
        assertThatThrownBy(() -> tooBig.readBody(4, 0)).isInstanceOf(DicomWebException.class);
    }
}
