package org.lumen.dicom.charset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumen.dicom.VR;

/**
 * Every text value of pydicom's character set test files decodes as pydicom decodes it, and
 * encodes back to the bytes of the file (ignoring the trailing padding).
 */
class SpecificCharacterSetPydicomTest {
    /**
     * Files whose values carry escape sequences our encoder does not repeat: chrKoreanMulti
     * designates ASCII to G0 again after KS X 1001 text in G1 (G0 never left ASCII), and
     * chrSQEncoding* return to ASCII with ESC ( B where value 1 (ISO 2022 IR 13) makes
     * JIS X 0201 Romaji (ESC ( J) the initial G0, as the standard's example H32 writes it.
     * Their values must still decode to the same text after a round trip.
     */
    private static final java.util.Set<String> NON_CANONICAL = java.util.Set.of(
            "chrKoreanMulti.dcm", "chrSQEncoding.dcm", "chrSQEncoding1.dcm");

    private static List<PydicomTextValues.Sample> samples;

    @BeforeAll
    static void runPydicom() throws Exception {
        samples = PydicomTextValues.load();
    }

    @Test
    void coversTheCharsetFiles() {
        assertTrue(samples.size() > 100, "only " + samples.size() + " values");
        long files = samples.stream().map(PydicomTextValues.Sample::file).distinct().count();
        assertTrue(files >= 17, "only " + files + " files");
        assertTrue(samples.stream().anyMatch(s -> s.terms().contains("ISO 2022 IR 149")));
        assertTrue(samples.stream().anyMatch(s -> s.terms().contains("ISO 2022 IR 87") && s.tag().equals("00100010")));
    }

    @Test
    void decodesAsPydicomDoes() {
        List<String> failures = new ArrayList<>();
        for (PydicomTextValues.Sample sample : samples) {
            VR vr = VR.valueOf(sample.vr());
            String decoded = SpecificCharacterSet.of(sample.terms()).decode(sample.bytes(), vr);
            String actual = normalise(decoded, vr);
            if (!actual.equals(sample.text())) {
                failures.add(sample + ": expected [" + sample.text() + "] but decoded [" + actual + "]");
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void encodesBackToTheFilesBytes() {
        List<String> failures = new ArrayList<>();
        for (PydicomTextValues.Sample sample : samples) {
            VR vr = VR.valueOf(sample.vr());
            SpecificCharacterSet charset = SpecificCharacterSet.of(sample.terms());
            byte[] original = withoutPadding(sample.bytes());
            String decoded = charset.decode(original, vr);
            byte[] encoded = charset.encode(decoded, vr);
            boolean canonical = !NON_CANONICAL.contains(java.nio.file.Path.of(sample.file()).getFileName().toString());
            if (canonical && !Arrays.equals(original, encoded)) {
                failures.add(sample + ": " + java.util.HexFormat.of().formatHex(original) + " became "
                        + java.util.HexFormat.of().formatHex(encoded));
            }
            assertEquals(decoded, charset.decode(encoded, vr), sample.toString());
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void pydicomsPersonNamesEncodeLikeTheStandardsExamples() {
        SpecificCharacterSet japanese = SpecificCharacterSet.of("\\ISO 2022 IR 87");
        byte[] expected = "Yamada^Tarou=\u001b$B;3ED\u001b(B^\u001b$BB@O:\u001b(B=\u001b$B$d$^$@\u001b(B^\u001b$B$?$m$&\u001b(B"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertArrayEquals(expected, japanese.encode("Yamada^Tarou=山田^太郎=やまだ^たろう", VR.PN));
    }

    /** pydicom strips trailing padding and, in person names, trailing empty component groups. */
    private static String normalise(String decoded, VR vr) {
        String[] values = vr.kind() == VR.Kind.TEXT ? new String[] {decoded} : decoded.split("\\\\", -1);
        List<String> out = new ArrayList<>();
        for (String value : values) {
            String v = value.replaceAll("[ \\x00]+$", "");
            if (vr == VR.PN) {
                v = v.replaceAll("=+$", "");
            } else if (vr != VR.UC && vr.kind() != VR.Kind.TEXT) {
                v = v.strip();
            }
            out.add(v);
        }
        return String.join("\\", out);
    }

    private static byte[] withoutPadding(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }
}
