package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** {@link FrameService#expectedSize}: exact for a one-frame answer laid out as Orthanc sends it, a fair share otherwise. */
class FrameSizeHintTest {
    private static final String BOUNDARY = "96f9206d-1c59-444a-a668-1281c8185afe";

    private static byte[] body(byte[]... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Location: http://h/frames/1\r\n"
                    + "Content-Type: application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(f);
        }
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Test
    void oneFrameAsOrthancSendsItIsSizedExactly() throws IOException {
        byte[] frame = MultipartReaderTest.randomBytes(524_288, 3);
        byte[] body = body(frame);
        MultipartReader reader = new MultipartReader(new Buffer().write(body), BOUNDARY);
        Part part = reader.nextPart().orElseThrow();
        long expected = FrameService.expectedSize(body.length, reader.offset(), BOUNDARY, 1);
        assertThat(expected).isEqualTo(frame.length);
        assertThat(part.readBody(1 << 20, expected)).isEqualTo(frame);
    }

    @Test
    void severalFramesShareWhatIsLeft() throws IOException {
        byte[] body = body(new byte[1000], new byte[1000]);
        MultipartReader reader = new MultipartReader(new Buffer().write(body), BOUNDARY);
        reader.nextPart().orElseThrow();
        assertThat(FrameService.expectedSize(body.length, reader.offset(), BOUNDARY, 2)).isBetween(1000L, 1100L);
    }

    @Test
    void unknownOrNonsensicalLengthsGiveNoHint() {
        assertThat(FrameService.expectedSize(-1, 0, BOUNDARY, 1)).isZero();
        assertThat(FrameService.expectedSize(10, 200, BOUNDARY, 1)).isZero();
        assertThat(FrameService.expectedSize(1000, 0, BOUNDARY, 0)).isZero();
    }
}
