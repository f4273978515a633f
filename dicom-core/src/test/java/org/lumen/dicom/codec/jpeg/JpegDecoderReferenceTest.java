package org.lumen.dicom.codec.jpeg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumen.dicom.codec.DecodedFrame;

/**
 * Every reference case decodes value for value as dcmdjpeg does, with the same photometric
 * interpretation (default options, or {@code +cn} against {@code convertYbrToRgb = false});
 * lossless cases without point transform also give back the original pixels.
 */
class JpegDecoderReferenceTest {
    @TempDir
    static Path dir;

    private static Map<String, ReferenceCase> cases;

    @BeforeAll
    static void buildReferences() throws Exception {
        cases = ReferenceCorpus.build(dir);
    }

    static Stream<String> names() {
        return ReferenceCorpus.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void decodesLikeDcmdjpeg(String name) throws Exception {
        ReferenceCase c = cases.get(name);
        assertThat(c).as("reference case extracted").isNotNull();
        JpegDecoder decoder = name.endsWith(ReferenceCorpus.NO_CONVERSION_SUFFIX)
                ? new JpegDecoder(new JpegDecoder.Options(false, JpegDecoder.Options.defaults().maxSamples()))
                : new JpegDecoder();
        DecodedFrame frame = decoder.decode(c.bitstream(), c.info());
        assertThat(frame.width()).isEqualTo(c.info().columns());
        assertThat(frame.height()).isEqualTo(c.info().rows());
        assertThat(frame.photometric()).as(name + ": photometric").isEqualTo(c.referencePhotometric());
        assertThat(frame.samples()).as(name).hasSameSizeAs(c.reference());
        assertThat(firstDifference(frame.samples(), c.reference())).as(name + ": first sample differing from dcmdjpeg").isEqualTo(-1);
        c.original().ifPresent(orig -> assertThat(firstDifference(frame.samples(), orig))
                .as(name + ": first sample differing from the original").isEqualTo(-1));
    }

    private static int firstDifference(int[] actual, int[] expected) {
        for (int i = 0; i < Math.min(actual.length, expected.length); i++) {
            if (actual[i] != expected[i]) {
                return i;
            }
        }
        return actual.length == expected.length ? -1 : Math.min(actual.length, expected.length);
    }
}
