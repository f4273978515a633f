package org.lumen.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/**
 * Native files of pydicom's corpus: our raw output must equal, value for value, the Pixel Data that
 * dcmtk ({@code dcmconv +te}) and GDCM ({@code gdcmconv --raw}) write when they convert the file to
 * explicit VR little endian (brought to the {@code pixels} layout:
 * 1-bit data unpacked, planar configuration 1 interleaved, padding after the last frame dropped).
 */
class PydicomCorpusReferenceTest {
    private static final List<String> FILES = List.of("MR_small.dcm", "CT_small.dcm", "MR_small_bigendian.dcm",
            "MR_small_expb.dcm", "MR_small_implicit.dcm", "MR_small_padded.dcm", "rtdose.dcm", "rtdose_1frame.dcm",
            "rtdose_expb.dcm", "rtdose_expb_1frame.dcm", "liver_1frame.dcm", "liver_expb_1frame.dcm",
            "SC_rgb_small_odd.dcm", "SC_ybr_full_422_uncompressed.dcm", "ExplVR_BigEnd.dcm", "image_dfl.dcm", "badVR.dcm");

    @TempDir
    static Path dir;
    private static Map<String, Map<String, String>> attributes;

    @BeforeAll
    static void export() throws Exception {
        attributes = ReferenceExport.export(dir, FILES);
    }

    private static DataSet dataSet(String name) throws IOException {
        Map<String, String> a = attributes.get(name);
        DataSet ds = new DataSet();
        for (Map.Entry<String, Integer> e : Map.of("Rows", Tag.Rows, "Columns", Tag.Columns, "SamplesPerPixel", Tag.SamplesPerPixel,
                "BitsAllocated", Tag.BitsAllocated, "BitsStored", Tag.BitsStored, "HighBit", Tag.HighBit,
                "PixelRepresentation", Tag.PixelRepresentation, "PlanarConfiguration", Tag.PlanarConfiguration).entrySet()) {
            if (a.containsKey(e.getKey())) {
                ds.setInt(e.getValue(), VR.US, Integer.parseInt(a.get(e.getKey())));
            }
        }
        ds.setString(Tag.PhotometricInterpretation, VR.CS, a.get("PhotometricInterpretation"));
        if (a.containsKey("NumberOfFrames")) {
            ds.setString(Tag.NumberOfFrames, VR.IS, a.get("NumberOfFrames"));
        }
        Path pixels = dir.resolve(name + ".pixels");
        ByteOrder order = a.get("bigEndian").equals("1") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ds.put(Tag.PixelData, VR.valueOf(a.get("vr")), new Value.Bulk(new BulkData(pixels, 0, Files.size(pixels)), order));
        return ds;
    }

    @ParameterizedTest
    @ValueSource(strings = {"MR_small.dcm", "CT_small.dcm", "MR_small_bigendian.dcm", "MR_small_expb.dcm",
            "MR_small_implicit.dcm", "MR_small_padded.dcm", "rtdose.dcm", "rtdose_1frame.dcm", "rtdose_expb.dcm",
            "rtdose_expb_1frame.dcm", "liver_1frame.dcm", "liver_expb_1frame.dcm", "SC_rgb_small_odd.dcm",
            "SC_ybr_full_422_uncompressed.dcm", "ExplVR_BigEnd.dcm", "image_dfl.dcm"})
    void rawOutputEqualsDcmtk(String name) throws IOException {
        DataSet ds = dataSet(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String ts = attributes.get(name).get("ts");
        RawPixelsSummary summary = PixelDataReader.open(ds, ts, FrameDecoders.none()).writeRaw(out);
        ImagePixelDescription d = ImagePixelDescription.from(ds);
        for (String tool : List.of(".reference", ".gdcm")) {
            byte[] expected = expectedFromReference(Files.readAllBytes(dir.resolve(name + tool)), d);
            assertThat(out.toByteArray()).as(tool).hasSize(expected.length);
            assertThat(Arrays.mismatch(out.toByteArray(), expected)).as("first byte differing from " + tool).isEqualTo(-1);
        }
        assertThat(summary.rows()).isEqualTo(d.rows());
        assertThat(summary.frames()).isEqualTo(d.frames());
        assertThat(summary.transferSyntaxUID()).isEqualTo(ts);
        assertThat(summary.photometricInterpretation()).isEqualTo(attributes.get(name).get("PhotometricInterpretation"));
    }

    @Test
    void multiFrameThirtyTwoBitDoseHasFifteenFrames() throws IOException {
        PixelDataReader reader = PixelDataReader.open(dataSet("rtdose.dcm"), attributes.get("rtdose.dcm").get("ts"), FrameDecoders.none());
        assertThat(reader.frameCount()).isEqualTo(15);
        assertThat(reader.readFrame(0).sample(0)).isEqualTo(1249000);
    }

    @Test
    void nonNumericNumberOfFramesIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PixelDataReader.open(dataSet("badVR.dcm"),
                attributes.get("badVR.dcm").get("ts"), FrameDecoders.none()))
                .isInstanceOf(DicomFormatException.class).hasMessageContaining("'1A'");
    }

    /** Written independently of the code under test: a reference tool's little-endian bytes in the pixels layout. */
    private static byte[] expectedFromReference(byte[] reference, ImagePixelDescription d) {
        int frames = d.frames();
        if (d.bitsAllocated() == 1) {
            int count = (int) (d.samplesPerFrame() * frames);
            byte[] out = new byte[count];
            for (int i = 0; i < count; i++) {
                out[i] = (byte) ((reference[i / 8] >> (i % 8)) & 1);
            }
            return out;
        }
        int frameBytes = (int) d.frameBytes();
        byte[] out = Arrays.copyOf(reference, frameBytes * frames);
        if (d.planarConfiguration() == 1 && d.samplesPerPixel() == 3) {
            int bps = d.bytesPerSample();
            int pixels = d.rows() * d.columns();
            for (int f = 0; f < frames; f++) {
                for (int p = 0; p < pixels; p++) {
                    for (int s = 0; s < 3; s++) {
                        System.arraycopy(reference, f * frameBytes + (s * pixels + p) * bps, out, f * frameBytes + (p * 3 + s) * bps, bps);
                    }
                }
            }
        }
        return out;
    }
}
