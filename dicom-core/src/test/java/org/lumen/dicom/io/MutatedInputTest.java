package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lumen.dicom.DicomFormatException;

/**
 * Deterministic mutation testing of the reader (a complement to the Jazzer fuzz test that needs no
 * instrumentation): corpus files with bytes overwritten by lengths, delimiters and noise, or cut
 * short, are read or rejected with a DicomFormatException; nothing else escapes.
 */
class MutatedInputTest {
    private static final List<String> FILES = List.of("test_files/CT_small.dcm", "test_files/MR_small_bigendian.dcm",
            "test_files/rtplan.dcm", "test_files/JPEG2000.dcm", "test_files/image_dfl.dcm", "test_files/UN_sequence.dcm",
            "test_files/nested_priv_SQ.dcm", "test_files/dicomdirtests/DICOMDIR", "test_files/rtstruct.dcm",
            "test_files/ExplVR_BigEndNoMeta.dcm", "test_files/SC_rgb_rle_2frame.dcm");
    private static final byte[][] PATTERNS = {
        {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, {(byte) 0xFE, (byte) 0xFF, 0x00, (byte) 0xE0},
        {(byte) 0xFE, (byte) 0xFF, 0x0D, (byte) 0xE0}, {(byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0},
        {'S', 'Q', 0, 0}, {'U', 'N', 0, 0}, {0x00, 0x00, 0x00, (byte) 0x80}, {0, 0, 0, 0}};

    @Test
    void mutantsAreReadOrRejectedWithTheTypedException() throws IOException {
        SplittableRandom random = new SplittableRandom(20261122L);
        int rejected = 0;
        int read = 0;
        for (String name : FILES) {
            byte[] original = Files.readAllBytes(PydicomCorpus.DATA.resolve(name));
            for (int i = 0; i < 400; i++) {
                byte[] mutant = mutate(original, random);
                try {
                    Part10Reader.read(new ByteArrayInputStream(mutant), ReadOptions.DEFAULT);
                    read++;
                } catch (DicomFormatException expected) {
                    assertThat(expected.offset()).isBetween(-1L, Math.max(mutant.length, 1L << 32));
                    rejected++;
                } catch (RuntimeException | Error e) {
                    Path saved = Files.write(Files.createTempFile("mutant", ".dcm"), mutant);
                    throw new AssertionError("mutant of " + name + " saved as " + saved + " threw " + e, e);
                }
            }
        }
        assertThat(rejected).isPositive();
        assertThat(read).isPositive();
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] mutant = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && mutant.length >= 8; e++) {
            int at = random.nextInt(Math.max(1, mutant.length - 4));
            switch (random.nextInt(3)) {
                case 0 -> System.arraycopy(PATTERNS[random.nextInt(PATTERNS.length)], 0, mutant, at, 4);
                case 1 -> mutant[at] = (byte) random.nextInt(256);
                default -> mutant = java.util.Arrays.copyOf(mutant, Math.max(at, 1));
            }
        }
        return mutant;
    }
}
