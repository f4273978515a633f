package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The skipping delimiter search against bodies full of near misses: every prefix and suffix of the
 * delimiter, and the whole delimiter followed by a byte that makes it data, at random places and
 * across the reader's buffer boundaries (the source trickles). Noise may hold '\n' and '-' but never
 * a whole delimiter (2^-100 odds). Every part must come back exact.
 */
class DelimiterSearchTest {
    private static final String DELIMITER = "\n--b0undary-42";

    private static byte[] nearMisses(long seed, int size) {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < size) {
            switch (random.nextInt(4)) {
                case 0 -> out.writeBytes(DELIMITER.substring(0, 1 + random.nextInt(DELIMITER.length() - 1))
                        .getBytes(StandardCharsets.ISO_8859_1));
                case 1 -> out.writeBytes(DELIMITER.substring(1 + random.nextInt(DELIMITER.length() - 1))
                        .getBytes(StandardCharsets.ISO_8859_1));
                case 2 -> out.writeBytes((DELIMITER + "X").getBytes(StandardCharsets.ISO_8859_1));
                default -> {
                    byte[] noise = new byte[random.nextInt(200)];
                    random.nextBytes(noise);
                    out.writeBytes(noise);
                }
            }
            out.write('Z'); // not in the delimiter: fragments never join into a real one
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void nearMissesAreDataAndPartsComeBackExact(long seed) throws IOException {
        byte[] a = nearMisses(seed, 20_000);
        byte[] b = nearMisses(seed + 100, 3_000);
        for (String newline : List.of("\r\n", "\n")) {
            List<byte[]> parts = MultipartReaderTest.readAll(MultipartReaderTest.trickleReader(
                    MultipartReaderTest.multipart(newline, true, a, b)));
            assertThat(parts).hasSize(2);
            assertThat(parts.get(0)).isEqualTo(a);
            assertThat(parts.get(1)).isEqualTo(b);
        }
    }
}
