package org.lumen.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumen.dicom.BulkData;
import org.lumen.dicom.Value;

/**
 * Encapsulated files of pydicom's corpus: the frames {@link EncapsulatedFrames} splits from the
 * fragments must be byte for byte the frames pydicom's {@code generate_pixel_data_frame} gives.
 */
class EncapsulatedCorpusTest {
    private static final List<String> FILES = List.of("SC_rgb_rle_2frame.dcm", "rtdose_rle.dcm", "SC_rgb_rle_32bit_2frame.dcm",
            "MR_small_RLE.dcm", "JPEG2000.dcm", "SC_rgb_jpeg_gdcm.dcm", "JPGExtended.dcm", "MR_small_jpeg_ls_lossless.dcm",
            "GDCMJ2K_TextGBR.dcm");

    private static final String SCRIPT = """
            import sys, os, pydicom
            from pydicom.encaps import generate_pixel_data_fragment, generate_pixel_data_frame, get_frame_offsets
            from pydicom.filebase import DicomBytesIO
            corpus, out = sys.argv[1], sys.argv[2]
            for name in sys.argv[3:]:
                ds = pydicom.dcmread(os.path.join(corpus, name))
                frames = int(ds.get('NumberOfFrames', 1))
                fp = DicomBytesIO(ds.PixelData)
                fp.is_little_endian = True
                has_bot, offsets = get_frame_offsets(fp)
                with open(os.path.join(out, name + '.bot'), 'wb') as f:
                    for o in offsets if has_bot else []:
                        f.write(int(o).to_bytes(4, 'little'))
                count = 0
                for i, fragment in enumerate(generate_pixel_data_fragment(fp)):
                    with open(os.path.join(out, name + '.fragment.' + str(i)), 'wb') as f:
                        f.write(fragment)
                    count += 1
                for i, frame in enumerate(generate_pixel_data_frame(ds.PixelData, frames)):
                    with open(os.path.join(out, name + '.frame.' + str(i)), 'wb') as f:
                        f.write(frame)
                with open(os.path.join(out, name + '.counts'), 'w') as f:
                    f.write(str(frames) + ' ' + str(count))
            """;

    @TempDir
    static Path dir;

    @BeforeAll
    static void export() throws Exception {
        ReferenceExport.run(dir, SCRIPT, FILES);
    }

    private static Value bulk(Path file) throws IOException {
        return new Value.Bulk(new BulkData(file, 0, Files.size(file)), ByteOrder.LITTLE_ENDIAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SC_rgb_rle_2frame.dcm", "rtdose_rle.dcm", "SC_rgb_rle_32bit_2frame.dcm", "MR_small_RLE.dcm",
            "JPEG2000.dcm", "SC_rgb_jpeg_gdcm.dcm", "JPGExtended.dcm", "MR_small_jpeg_ls_lossless.dcm", "GDCMJ2K_TextGBR.dcm"})
    void framesEqualPydicoms(String name) throws IOException {
        String[] counts = Files.readString(dir.resolve(name + ".counts")).split(" ");
        int frames = Integer.parseInt(counts[0]);
        List<Value> fragments = new ArrayList<>();
        fragments.add(bulk(dir.resolve(name + ".bot")));
        for (int i = 0; i < Integer.parseInt(counts[1]); i++) {
            fragments.add(bulk(dir.resolve(name + ".fragment." + i)));
        }
        EncapsulatedFrames split = EncapsulatedFrames.of(new Value.Fragments(fragments), frames, new long[0], new long[0]);
        assertThat(split.frameCount()).isEqualTo(frames);
        for (int i = 0; i < frames; i++) {
            assertThat(split.bitstream(i)).as("frame " + i).isEqualTo(Files.readAllBytes(dir.resolve(name + ".frame." + i)));
        }
    }
}
