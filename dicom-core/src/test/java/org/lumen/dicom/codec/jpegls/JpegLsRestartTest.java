package org.lumen.dicom.codec.jpegls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.codec.FrameInfo;
import org.lumen.dicom.codec.reference.ReferenceTools;
import org.lumen.dicom.codec.reference.ReferenceTools.Frames;

/**
 * Restart intervals. dcmcjpls writes none, but a restart interval starts afresh (contexts, run
 * index and previous line reset, bits byte aligned), so strips encoded as separate images and
 * spliced with a DRI segment and RSTm markers form a valid stream of the whole: it must decode to
 * the strips' original values.
 */
class JpegLsRestartTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} strips of {1} rows, {2} samples [{3}]")
    @CsvSource({"3,5,1,+in", "10,4,1,+in", "4,6,3,+il", "3,3,3,+is"})
    void splicedStripsDecodeToTheOriginals(int strips, int rows, int samples, String interleave)
            throws DicomFormatException {
        int columns = 30;
        ByteArrayOutputStream spliced = new ByteArrayOutputStream();
        int[] expected = new int[strips * rows * columns * samples];
        for (int s = 0; s < strips; s++) {
            Path original = ReferenceTools.synthesise(dir.resolve("strip" + s + ".dcm"), rows, columns, samples, 8, 8,
                    false, 1, 100 + s);
            Path compressed = dir.resolve("strip" + s + "-jls.dcm");
            ReferenceTools.run("dcmcjpls", interleave, original.toString(), compressed.toString());
            Frames frames = ReferenceTools.frames(compressed, dir);
            int[] values = ReferenceTools.values(original, dir).frame(0);
            System.arraycopy(values, 0, expected, s * values.length, values.length);
            byte[] stream = frames.bitstreams().getFirst();
            int sos = find(stream, 0xDA);
            int data = sos + 2 + ((stream[sos + 2] & 0xFF) << 8 | (stream[sos + 3] & 0xFF));
            int eoi = lastEoi(stream);
            if (s == 0) {
                byte[] head = Arrays.copyOf(stream, sos);
                int sof = find(stream, 0xF7);
                head[sof + 5] = (byte) ((strips * rows) >> 8);
                head[sof + 6] = (byte) (strips * rows);
                spliced.writeBytes(head);
                spliced.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDD, 0, 4, 0, (byte) rows});
                spliced.writeBytes(Arrays.copyOfRange(stream, sos, data));
            } else {
                spliced.writeBytes(new byte[] {(byte) 0xFF, (byte) (0xD0 + (s - 1) % 8)});
            }
            spliced.writeBytes(Arrays.copyOfRange(stream, data, eoi));
        }
        spliced.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        FrameInfo info = new FrameInfo(strips * rows, columns, samples, 8, 8, false,
                samples == 3 ? "RGB" : "MONOCHROME2", 0);
        assertThat(new JpegLsDecoder().decode(spliced.toByteArray(), info).samples()).containsExactly(expected);
    }

    private static int find(byte[] stream, int marker) {
        for (int i = 0; i + 1 < stream.length; i++) {
            if (stream[i] == (byte) 0xFF && (stream[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        throw new AssertionError("no marker FF" + Integer.toHexString(marker));
    }

    /** The EOI and any 0xFF fill bytes before it. */
    private static int lastEoi(byte[] stream) {
        int end = stream.length - 2;
        while (end > 0 && !(stream[end] == (byte) 0xFF && stream[end + 1] == (byte) 0xD9)) {
            end--;
        }
        while (stream[end - 1] == (byte) 0xFF) {
            end--;
        }
        return end;
    }
}
