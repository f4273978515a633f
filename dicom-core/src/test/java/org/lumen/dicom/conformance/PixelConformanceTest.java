package org.lumen.dicom.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.RawPixelsSummary;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.reference.RawPixels;
import org.lumen.testkit.reference.ReferenceDecoders;
import org.lumen.testkit.reference.ReferenceResult;
import org.lumen.testkit.reference.ToolCheck;

/**
 * The pixel conformance test of the Foundation issue: for every file of Debian's python3-pydicom
 * corpus that holds pixel data, the stored values we write (exactly what {@code ./lumen dicom pixels}
 * writes) equal, value for value, what an independent reference decoder writes for the same file in
 * the same run: dcmtk first (dcmconv, dcmdjpeg, dcmdjpls, dcmdrle), GDCM ({@code gdcmconv --raw})
 * where dcmtk cannot (JPEG 2000). A file we cannot decode, or decode differently, fails unless
 * {@code known-gaps.txt} lists it with the reason.
 */
class PixelConformanceTest {
    private static final Map<String, String> KNOWN_GAPS = new LinkedHashMap<>();

    @TempDir
    static Path work;

    @BeforeAll
    static void loadKnownGapsAndCheckTools() throws IOException {
        ToolCheck.require("dcmconv", "dcmdjpeg", "dcmdjpls", "dcmdrle", "gdcmconv");
        ToolCheck.requirePydicom();
        try (InputStream in = PixelConformanceTest.class.getResourceAsStream("known-gaps.txt")) {
            assertThat(in).as("known-gaps.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    int colon = line.indexOf(':');
                    KNOWN_GAPS.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
        }
    }

    static Stream<Path> corpus() {
        return PydicomCorpus.part10Files();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("corpus")
    void storedValuesEqualTheReferenceDecoder(Path file) throws Exception {
        String name = PydicomCorpus.root().relativize(file).toString();
        DicomFile dicom;
        try {
            dicom = Part10Reader.read(file);
        } catch (DicomFormatException e) {
            if (KNOWN_GAPS.containsKey(name)) {
                return;
            }
            // Not readable as DICOM: then no reference may decode its pixels either.
            assertThat(referenceDecodes(file, name)).as("%s: we cannot read it (%s) but a reference decodes it", name, e.getMessage())
                    .isNull();
            return;
        }
        DataSet ds = dicom.dataSet();
        if (!ds.contains(Tag.PixelData) && !ds.contains(Tag.FloatPixelData) && !ds.contains(Tag.DoubleFloatPixelData)) {
            return;
        }
        if (ds.getInt(Tag.Rows).isEmpty() || ds.getInt(Tag.Columns).isEmpty()) {
            // Pixel data without an Image Pixel module is no image: the typed error is the right answer.
            assertThatThrownBy(() -> PixelDataReader.open(ds, dicom.transferSyntax().uid(), FrameDecoders.standard()))
                    .as(name).isInstanceOf(DicomFormatException.class).hasMessageContaining("Rows");
            return;
        }
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        RawPixelsSummary summary;
        try {
            summary = PixelDataReader.open(ds, dicom.transferSyntax().uid(), FrameDecoders.standard()).writeRaw(ours);
        } catch (IOException | RuntimeException e) {
            if (KNOWN_GAPS.containsKey(name)) {
                return;
            }
            // Refusing is right only for input no reference decodes either, and only with a typed error.
            assertThat(e).as("%s: refused with %s", name, e).isInstanceOf(DicomFormatException.class);
            assertThat(referenceDecodes(file, name)).as("%s: we refuse it (%s) but a reference decodes it", name, e.getMessage())
                    .isNull();
            return;
        }
        RawPixels reference = referenceDecodes(file, name);
        if (reference == null) {
            return; // no reference decodes it: nothing to compare with (a reference that cannot is not ours to fix)
        }
        byte[] expected = ReferenceLayout.toOurLayout(reference);
        boolean same = java.util.Arrays.equals(expected, ours.toByteArray())
                && reference.photometricInterpretation().equals(summary.photometricInterpretation());
        if (KNOWN_GAPS.containsKey(name)) {
            assertThat(same).as("%s is listed in known-gaps.txt (%s) but now matches: remove it", name, KNOWN_GAPS.get(name))
                    .isFalse();
            return;
        }
        assertThat(summary.photometricInterpretation()).as("%s: photometric interpretation", name)
                .isEqualTo(reference.photometricInterpretation());
        ReferenceLayout.assertSameValues(name, expected, ours.toByteArray());
    }

    /** The reference's uncompressed pixels, or null when neither dcmtk nor GDCM decodes the file. */
    private static RawPixels referenceDecodes(Path file, String name) throws IOException {
        Path out = Files.createTempFile(work, "ref-", ".dcm");
        ReferenceResult dcmtk = ReferenceDecoders.dcmtkDecompress(file, out);
        if (!dcmtk.decoded()) {
            ReferenceResult gdcm = ReferenceDecoders.gdcmRaw(file, out);
            if (!gdcm.decoded()) {
                return null;
            }
        }
        try {
            return ReferenceDecoders.readUncompressedPixelData(out);
        } catch (IllegalArgumentException e) {
            return null; // the reference wrote no pixel data it can read back
        }
    }
}
