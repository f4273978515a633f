package org.lumen.dicom.codec.jpeg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Reference cases made with the test encoders ({@link LosslessTestEncoder}, {@link DctTestEncoder})
 * for what no installed encoder makes: lossless restart intervals, non-interleaved scans, unusual
 * sampling factors. Each bitstream is wrapped into a DICOM file for dcmdjpeg.
 */
final class HandmadeCases {
    private HandmadeCases() {
    }

    /** A bitstream from {@link LosslessTestEncoder}: restart intervals, one scan per component. */
    record Handmade(String name, int components, int precision, int predictor, int intervalRows,
            boolean scanPerComponent) {
    }

    static final List<Handmade> HANDMADE = List.of(
            new Handmade("ll_rgb_p4_restart_each_row", 3, 8, 4, 1, false),
            new Handmade("ll_rgb_p7_scan_per_component_restart", 3, 8, 7, 2, true),
            new Handmade("ll_mono12_p6_restart", 1, 12, 6, 2, false),
            new Handmade("ll_mono16_p1_restart", 1, 16, 1, 1, false),
            new Handmade("ll_mono16_p5_restart_3_rows", 1, 16, 5, 3, false));

    /** A bitstream from {@link DctTestEncoder}: sampling factors, scans, restart interval, label. */
    record HandmadeDct(String name, int[] h, int[] v, int interval, boolean scanPerComponent, String photometric) {
    }

    static final List<HandmadeDct> HANDMADE_DCT = List.of(
            new HandmadeDct("dct_h2v2_scan_per_component", new int[] {2, 1, 1}, new int[] {2, 1, 1}, 0, true,
                    "YBR_FULL_422"),
            new HandmadeDct("dct_h2v1_scan_per_component_ri3", new int[] {2, 1, 1}, new int[] {1, 1, 1}, 3, true,
                    "YBR_FULL_422"),
            new HandmadeDct("dct_rgb_scan_per_component", new int[] {1, 1, 1}, new int[] {1, 1, 1}, 0, true, "RGB"),
            new HandmadeDct("dct_h1v2_ri1", new int[] {1, 1, 1}, new int[] {2, 1, 1}, 1, false, "YBR_FULL"),
            new HandmadeDct("dct_luma_2x2_chroma_1x2", new int[] {2, 1, 1}, new int[] {2, 2, 2}, 0, false, "YBR_FULL"),
            new HandmadeDct("dct_h4v2_ri2", new int[] {4, 1, 1}, new int[] {2, 1, 1}, 2, false, "YBR_FULL"),
            new HandmadeDct("dct_grey_scan", new int[] {1}, new int[] {1}, 5, true, "MONOCHROME2"));

    static Stream<String> names() {
        return Stream.concat(HANDMADE.stream().map(Handmade::name), HANDMADE_DCT.stream().map(HandmadeDct::name));
    }

    /** Writes every case into {@code dir}, decodes it with dcmdjpeg and queues it for extraction. */
    static void write(Path dir, Path script, StringBuilder extract) throws IOException, InterruptedException {
        for (Handmade h : HANDMADE) {
            int width = 37;
            int height = 23;
            Random random = new Random(h.name().hashCode());
            int[][] planes = new int[h.components()][width * height];
            int[] interleaved = new int[width * height * h.components()];
            for (int c = 0; c < h.components(); c++) {
                for (int i = 0; i < width * height; i++) {
                    int v = ((i % width) * 97 + (i / width) * 31 * (c + 1) + random.nextInt(64)) & ((1 << h.precision()) - 1);
                    planes[c][i] = v;
                    interleaved[i * h.components() + c] = v;
                }
            }
            Path jpg = dir.resolve(h.name() + ".raw.jpg");
            Files.write(jpg, LosslessTestEncoder.encode(planes, width, height, h.precision(), h.predictor(),
                    h.intervalRows() * width, h.scanPerComponent()));
            ByteBuffer orig = ByteBuffer.allocate(interleaved.length * 4)
                    .order(ByteOrder.LITTLE_ENDIAN);
            orig.asIntBuffer().put(interleaved);
            Files.write(dir.resolve(h.name() + ".orig"), orig.array());
            Path compressed = dir.resolve(h.name() + ".jpeg.dcm");
            int allocated = h.precision() > 8 ? 16 : 8;
            ReferenceTools.run(ReferenceTools.PYTHON, script.toString(), "wrap", jpg.toString(), compressed.toString(),
                    Integer.toString(height), Integer.toString(width), Integer.toString(h.components()),
                    Integer.toString(allocated), Integer.toString(h.precision()),
                    h.components() == 3 ? "RGB" : "MONOCHROME2", "1.2.840.10008.1.2.4.57");
            ReferenceCorpus.add(extract, dir, h.name(), compressed, "-");
        }
        for (HandmadeDct d : HANDMADE_DCT) {
            int width = 75;
            int height = 53;
            Random random = new Random(d.name().hashCode());
            int[][] planes = new int[d.h().length][width * height];
            for (int c = 0; c < planes.length; c++) {
                for (int i = 0; i < width * height; i++) {
                    int x = i % width;
                    int y = i / width;
                    planes[c][i] = Math.clamp(128 + (int) (90 * Math.sin((x + 13 * c) / 9.0) * Math.cos(y / 7.0))
                            + random.nextInt(25) - 12, 0, 255);
                }
            }
            Path jpg = dir.resolve(d.name() + ".raw.jpg");
            Files.write(jpg, DctTestEncoder.encode(planes, width, height, d.h(), d.v(), d.interval(),
                    d.scanPerComponent()));
            Path compressed = dir.resolve(d.name() + ".jpeg.dcm");
            ReferenceTools.run(ReferenceTools.PYTHON, script.toString(), "wrap", jpg.toString(), compressed.toString(),
                    Integer.toString(height), Integer.toString(width), Integer.toString(planes.length), "8", "8",
                    d.photometric(), "1.2.840.10008.1.2.4.50");
            ReferenceCorpus.add(extract, dir, d.name(), compressed, "-");
        }
    }
}
