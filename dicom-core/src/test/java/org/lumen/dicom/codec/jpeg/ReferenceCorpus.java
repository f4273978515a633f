package org.lumen.dicom.codec.jpeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Corpus colour files decoded with {@code dcmdjpeg +cn}, for {@code convertYbrToRgb = false}. */
    static final List<String> NO_CONVERSION = List.of("SC_rgb_dcmtk_+eb+cy+s2.dcm", "SC_rgb_jpeg_dcmtk.dcm",
            "SC_rgb_dcmtk_+eb+cy+np.dcm", "SC_rgb_small_odd_jpeg.dcm");

    /** Suffix of the names of the {@link #NO_CONVERSION} cases. */
    static final String NO_CONVERSION_SUFFIX = " (+cn)";

    static Stream<String> names() {
        return Stream.of(CORPUS.stream(), ENCODED.stream().map(Encoded::name), RESTARTS.stream().map(Restart::name),
                RELABELLED.stream().map(Relabelled::name), HandmadeCases.names(),
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
        HandmadeCases.write(dir, script, extract);
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

    static void add(StringBuilder extract, Path dir, String name, Path compressed, String original,
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
