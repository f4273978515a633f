package org.lumen.dicom.codec.jpeg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds every reference case once per test run: the pydicom corpus JPEG files (some re-labelled
 * with another photometric interpretation), files compressed by dcmcjpeg from synthetic images,
 * JDK-encoded baseline bitstreams with restart intervals and chosen sampling factors, and lossless
 * bitstreams from {@link LosslessTestEncoder} with restart intervals and one scan per component;
 * each is decompressed with dcmdjpeg (default options) and extracted with pydicom.
 */
final class ReferenceCorpus {
    static final Path PYDICOM = Path.of("/usr/lib/python3/dist-packages/pydicom/data/test_files");

    /** The JPEG files of the pydicom corpus. SC_rgb_jpeg.dcm is re-saved first: dcmtk cannot parse its header. */
    static final List<String> CORPUS = List.of("JPEG-lossy.dcm", "JPGExtended.dcm", "SC_jpeg_no_color_transform.dcm",
            "SC_jpeg_no_color_transform_2.dcm", "SC_rgb_dcmtk_+eb+cr.dcm", "SC_rgb_dcmtk_+eb+cy+n1.dcm",
            "SC_rgb_dcmtk_+eb+cy+n2.dcm", "SC_rgb_dcmtk_+eb+cy+np.dcm", "SC_rgb_dcmtk_+eb+cy+s2.dcm",
            "SC_rgb_dcmtk_+eb+cy+s4.dcm", "SC_rgb_jpeg.dcm", "SC_rgb_jpeg_app14_dcmd.dcm", "SC_rgb_jpeg_dcmtk.dcm",
            "SC_rgb_jpeg_gdcm.dcm", "SC_rgb_jpeg_lossy_gdcm.dcm", "SC_rgb_small_odd_jpeg.dcm");

    /** A synthetic source image compressed with dcmcjpeg and the given options. */
    record Encoded(String name, String source, List<String> options, boolean lossless) {
    }

    static final List<Encoded> ENCODED = List.of(
            new Encoded("mono16_sv1", "mono16", List.of("+e1"), true),
            new Encoded("mono16_p1", "mono16", List.of("+el", "+sv", "1"), true),
            new Encoded("mono16_p2", "mono16", List.of("+el", "+sv", "2"), true),
            new Encoded("mono16_p3", "mono16", List.of("+el", "+sv", "3"), true),
            new Encoded("mono16_p4", "mono16", List.of("+el", "+sv", "4"), true),
            new Encoded("mono16_p5", "mono16", List.of("+el", "+sv", "5"), true),
            new Encoded("mono16_p6", "mono16", List.of("+el", "+sv", "6"), true),
            new Encoded("mono16_p7", "mono16", List.of("+el", "+sv", "7"), true),
            new Encoded("mono16_p6_pt3", "mono16", List.of("+el", "+sv", "6", "+pt", "3"), false),
            new Encoded("mono12_p7_pt1", "mono12", List.of("+el", "+sv", "7", "+pt", "1"), false),
            new Encoded("mono12_sv1", "mono12", List.of("+e1"), true),
            new Encoded("mono12_extended", "mono12", List.of("+ee"), false),
            new Encoded("mono12_extended_q50", "mono12", List.of("+ee", "+q", "50"), false),
            new Encoded("mono8_p4", "mono8", List.of("+el", "+sv", "4"), true),
            new Encoded("mono8_baseline", "mono8", List.of("+eb"), false),
            new Encoded("mono8_baseline_std_tables", "mono8", List.of("+eb", "-ho"), false),
            new Encoded("rgb8_sv1", "rgb8", List.of("+e1"), true),
            new Encoded("rgb8_p5", "rgb8", List.of("+el", "+sv", "5"), true),
            new Encoded("rgb8_baseline_422", "rgb8", List.of("+eb"), false),
            new Encoded("rgb8_baseline_444", "rgb8", List.of("+eb", "+s4"), false),
            new Encoded("rgb8_baseline_n2", "rgb8", List.of("+eb", "+n2"), false),
            new Encoded("rgb8_baseline_n1", "rgb8", List.of("+eb", "+n1"), false),
            new Encoded("rgb8_baseline_np", "rgb8", List.of("+eb", "+np"), false),
            new Encoded("rgb8_baseline_rgb", "rgb8", List.of("+eb", "+cr"), false),
            new Encoded("rgb8_extended", "rgb8", List.of("+ee", "+q", "75"), false),
            new Encoded("rgb8_extended_12bit", "rgb8", List.of("+ee", "+bt"), false),
            new Encoded("rgb8_extended_12bit_422", "rgb8", List.of("+ee", "+bt", "+s2"), false),
            new Encoded("mono8_extended_12bit", "mono8", List.of("+ee", "+bt"), false),
            new Encoded("ct12_signed_sv1", "ct12s", List.of("+e1"), true),
            new Encoded("ct16_signed_p7", "ct16s", List.of("+el", "+sv", "7"), true),
            new Encoded("ct16_signed_p3_pt2", "ct16s", List.of("+el", "+sv", "3", "+pt", "2"), false),
            new Encoded("ct12_signed_extended", "ct12s", List.of("+ee"), false));

    /** A JDK-encoded baseline bitstream: restart interval and luma sampling factors. */
    record Restart(String name, boolean colour, int interval, int h, int v) {
    }

    static final List<Restart> RESTARTS = List.of(
            new Restart("jdk_rgb_h2v2_ri3", true, 3, 2, 2),
            new Restart("jdk_rgb_h2v1_ri5", true, 5, 2, 1),
            new Restart("jdk_rgb_h1v2_ri1", true, 1, 1, 2),
            new Restart("jdk_rgb_h4v1_ri2", true, 2, 4, 1),
            new Restart("jdk_rgb_h1v1_ri7", true, 7, 1, 1),
            new Restart("jdk_gray_ri4", false, 4, 1, 1),
            new Restart("jdk_gray_h2v2", false, 0, 2, 2));

    /**
     * A corpus or dcmcjpeg case re-labelled with another photometric interpretation, to pin down
     * when dcmdjpeg converts colour: lossless and Adobe-transform-0 frames labelled YBR_FULL, and
     * the YBR labels it does and does not convert.
     */
    record Relabelled(String name, String source, String photometric) {
    }

    static final List<Relabelled> RELABELLED = List.of(
            new Relabelled("relabel_lossless_ybr_full", "SC_rgb_jpeg_gdcm.dcm", "YBR_FULL"),
            new Relabelled("relabel_adobe0_ybr_full", "SC_jpeg_no_color_transform_2.dcm", "YBR_FULL"),
            new Relabelled("relabel_no_markers_ybr_full_422", "SC_jpeg_no_color_transform.dcm", "YBR_FULL_422"),
            new Relabelled("relabel_ybr_partial_422", "SC_rgb_dcmtk_+eb+cy+s2.dcm", "YBR_PARTIAL_422"),
            new Relabelled("relabel_ybr_partial_420", "SC_rgb_dcmtk_+eb+cy+s2.dcm", "YBR_PARTIAL_420"),
            new Relabelled("relabel_ybr_ict", "SC_rgb_dcmtk_+eb+cy+n1.dcm", "YBR_ICT"),
            new Relabelled("relabel_rgb_from_ybr", "SC_rgb_dcmtk_+eb+cy+s2.dcm", "RGB"));

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

    /** Corpus colour files decoded with {@code dcmdjpeg +cn}, for {@code convertYbrToRgb = false}. */
    static final List<String> NO_CONVERSION = List.of("SC_rgb_dcmtk_+eb+cy+s2.dcm", "SC_rgb_jpeg_dcmtk.dcm",
            "SC_rgb_dcmtk_+eb+cy+np.dcm", "SC_rgb_small_odd_jpeg.dcm");

    /** Suffix of the names of the {@link #NO_CONVERSION} cases. */
    static final String NO_CONVERSION_SUFFIX = " (+cn)";

    static Stream<String> names() {
        return Stream.of(CORPUS.stream(), ENCODED.stream().map(Encoded::name), RESTARTS.stream().map(Restart::name),
                RELABELLED.stream().map(Relabelled::name), HANDMADE.stream().map(Handmade::name), HANDMADE_DCT.stream().map(HandmadeDct::name),
                NO_CONVERSION.stream().map(n -> n + NO_CONVERSION_SUFFIX)).flatMap(s -> s);
    }

    static Map<String, ReferenceCase> build(Path dir) throws IOException, InterruptedException {
        Path script = ReferenceTools.glueScript(dir);
        String py = ReferenceTools.PYTHON;
        ReferenceTools.run(py, script.toString(), "make", dir.resolve("mono16.dcm").toString(), "mono16",
                dir.resolve("mono12.dcm").toString(), "mono12", dir.resolve("mono8.dcm").toString(), "mono8",
                dir.resolve("rgb8.dcm").toString(), "rgb8", dir.resolve("ct12s.dcm").toString(), "ct12s",
                dir.resolve("ct16s.dcm").toString(), "ct16s");
        StringBuilder extract = new StringBuilder();
        for (String file : CORPUS) {
            Path in = PYDICOM.resolve(file);
            if (file.equals("SC_rgb_jpeg.dcm")) {
                Path fixed = dir.resolve("resaved_" + file);
                ReferenceTools.run(py, script.toString(), "resave", in.toString(), fixed.toString());
                in = fixed;
            }
            add(extract, dir, file, in, "-");
        }
        for (Encoded e : ENCODED) {
            Path source = dir.resolve(e.source() + ".dcm");
            Path compressed = dir.resolve(e.name() + ".jpeg.dcm");
            ReferenceTools.run(ReferenceTools.command("dcmcjpeg", e.options(), source.toString(), compressed.toString()),
                    "");
            add(extract, dir, e.name(), compressed, e.lossless() ? source.toString() : "-");
        }
        for (Restart r : RESTARTS) {
            int width = 75;
            int height = 53;
            Path jpg = dir.resolve(r.name() + ".raw.jpg");
            Files.write(jpg, ImageIoJpegFixtures.encode(ImageIoJpegFixtures.syntheticImage(width, height, r.colour()),
                    r.interval(), r.h(), r.v()));
            Path compressed = dir.resolve(r.name() + ".jpeg.dcm");
            ReferenceTools.run(py, script.toString(), "wrap", jpg.toString(), compressed.toString(),
                    Integer.toString(height), Integer.toString(width), r.colour() ? "3" : "1", "8", "8",
                    r.colour() ? "YBR_FULL_422" : "MONOCHROME2", "1.2.840.10008.1.2.4.50");
            add(extract, dir, r.name(), compressed, "-");
        }
        for (Relabelled r : RELABELLED) {
            Path compressed = dir.resolve(r.name() + ".jpeg.dcm");
            ReferenceTools.run(py, script.toString(), "resave", PYDICOM.resolve(r.source()).toString(),
                    compressed.toString(), r.photometric());
            add(extract, dir, r.name(), compressed, "-");
        }
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
            ReferenceTools.run(py, script.toString(), "wrap", jpg.toString(), compressed.toString(),
                    Integer.toString(height), Integer.toString(width), Integer.toString(h.components()),
                    Integer.toString(allocated), Integer.toString(h.precision()),
                    h.components() == 3 ? "RGB" : "MONOCHROME2", "1.2.840.10008.1.2.4.57");
            add(extract, dir, h.name(), compressed, "-");
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
            ReferenceTools.run(py, script.toString(), "wrap", jpg.toString(), compressed.toString(),
                    Integer.toString(height), Integer.toString(width), Integer.toString(planes.length), "8", "8",
                    d.photometric(), "1.2.840.10008.1.2.4.50");
            add(extract, dir, d.name(), compressed, "-");
        }
        for (String file : NO_CONVERSION) {
            add(extract, dir, file + NO_CONVERSION_SUFFIX, PYDICOM.resolve(file), "-", "+cn");
        }
        String out = ReferenceTools.run(List.of(py, script.toString(), "extract", dir.toString()), extract.toString());
        Map<String, ReferenceCase> cases = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                ReferenceCase c = ReferenceCase.load(dir, line);
                cases.put(c.name(), c);
            }
        }
        return cases;
    }

    private static void add(StringBuilder extract, Path dir, String name, Path compressed, String original,
            String... dcmdjpegOptions) throws IOException, InterruptedException {
        Path decoded = dir.resolve(name + ".dcmd.dcm");
        List<String> command = new ArrayList<>(List.of("dcmdjpeg"));
        command.addAll(List.of(dcmdjpegOptions));
        command.add(compressed.toString());
        command.add(decoded.toString());
        ReferenceTools.run(command, "");
        extract.append(name).append('\t').append(compressed).append('\t').append(decoded).append('\t')
                .append(original).append('\n');
    }
}
