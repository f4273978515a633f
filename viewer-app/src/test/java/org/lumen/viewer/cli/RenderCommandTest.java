package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.rendering.WindowLevel;
import org.lumen.testkit.data.SharedData;

/** {@code lumen render} on a synthetic CT series: geometry, labels, exact pixels, slabs, errors. */
class RenderCommandTest {
    private static final WindowLevel HEADER_WINDOW = new WindowLevel(-1000, 2000);

    @TempDir
    static Path shared;
    static Path series;
    static List<Path> files;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSeries() throws Exception {
        series = shared.resolve("axial");
        files = SyntheticSeries.writeAxial(series, 1);
    }

    private static int expected(int i, int j, int k) {
        return HEADER_WINDOW.grey(SyntheticSeries.stored(i, j, k) + SyntheticSeries.INTERCEPT, false);
    }

    private static JsonNode info(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("render", series.toString(), "--info", "--renderer", "cpu"));
        all.addAll(List.of(args));
        RenderRun run = RenderRun.of(all.toArray(String[]::new));
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out.strip().lines()).hasSize(1);
        return run.json();
    }

    private int[][] render(String... args) throws Exception {
        Path png = dir.resolve("out" + System.nanoTime() + ".png");
        List<String> all = new ArrayList<>(List.of("render"));
        all.addAll(List.of(args));
        all.addAll(List.of("--renderer", "cpu", "--out", png.toString()));
        RenderRun run = RenderRun.of(all.toArray(String[]::new));
        assertThat(run.code).as(run.err).isZero();
        return RenderRun.grey(png);
    }

    @Test
    void windowAcceptsCtPresetNames() throws Exception {
        JsonNode info = info("--plane", "axial", "--window", "lung");
        assertThat(info.get("window").get("center").asDouble()).isEqualTo(-600);
        assertThat(info.get("window").get("width").asDouble()).isEqualTo(1500);
        RenderRun bad = RenderRun.of("render", series.toString(), "--info", "--renderer", "cpu", "--window", "kidney");
        assertThat(bad.code).isEqualTo(LumenCommand.USAGE);
        assertThat(bad.err).contains("preset");
    }

    @Test
    void infoDescribesVolumeRendererAndAxialLabels() throws Exception {
        JsonNode info = info("--plane", "axial");
        assertThat(info.get("dimensions").get("columns").asInt()).isEqualTo(64);
        assertThat(info.get("dimensions").get("rows").asInt()).isEqualTo(64);
        assertThat(info.get("dimensions").get("slices").asInt()).isEqualTo(40);
        assertThat(info.get("spacing").get("column").asDouble()).isEqualTo(0.5);
        assertThat(info.get("spacing").get("slice").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(info.get("findings")).isEmpty();
        assertThat(info.get("renderer").get("kind").asText()).isEqualTo("cpu");
        assertThat(info.get("window").get("center").asDouble()).isEqualTo(-1000);
        assertThat(info.get("slice").asInt()).isEqualTo(19);
        assertThat(info.get("acquisitionPlane").asBoolean()).isTrue();
        assertLabels(info, "R", "L", "A", "P");
    }

    @Test
    void coronalAndSagittalLabelsFollowRadiologicalConvention() throws Exception {
        JsonNode coronal = info("--plane", "coronal");
        assertLabels(coronal, "R", "L", "H", "F");
        assertThat(coronal.get("sliceCount").asInt()).isEqualTo(64);
        assertThat(coronal.get("acquisitionPlane").asBoolean()).isFalse();
        assertLabels(info("--plane", "sagittal"), "A", "P", "H", "F");
    }

    private static void assertLabels(JsonNode info, String left, String right, String top, String bottom) {
        JsonNode labels = info.get("labels");
        assertThat(List.of(labels.get("left").asText(), labels.get("right").asText(), labels.get("top").asText(),
                labels.get("bottom").asText())).containsExactly(left, right, top, bottom);
    }

    @Test
    void nativeAxialSliceIsTheStoredSliceThroughTheHeaderWindow() throws Exception {
        int[][] png = render(series.toString(), "--plane", "axial", "--slice", "7", "--size", "native");
        assertThat(png.length).isEqualTo(64);
        assertThat(png[0].length).isEqualTo(64);
        for (int j = 0; j < 64; j++) {
            for (int i = 0; i < 64; i++) {
                assertThat(png[j][i]).as("pixel %d,%d", i, j).isEqualTo(expected(i, j, 7));
            }
        }
    }

    @Test
    void givenWindowAppliesThePs33LinearFunction() throws Exception {
        int[][] png = render(series.toString(), "--slice", "0", "--window", "-1990,41");
        // window -2010.5..-1970.5: (0,0,0) is -2024, black; (63,63,0) is -1520, white; (8,0,0) is -2000, inside
        assertThat(png[0][0]).isZero();
        assertThat(png[63][63]).isEqualTo(255);
        assertThat(png[0][8]).isEqualTo(new WindowLevel(-1990, 41).grey(SyntheticSeries.stored(8, 0, 0) - 1024, false));
    }

    @Test
    void coronalResliceSamplesTheExpectedVoxels() throws Exception {
        int[][] png = render(series.toString(), "--plane", "coronal", "--slice", "30");
        assertThat(png.length).isEqualTo(79);
        assertThat(png[0].length).isEqualTo(64);
        // screen x runs to the patient's left (i), y from head to feet: row 2m is slice 39 - m
        assertThat(png[0][10]).isEqualTo(expected(10, 30, 39));
        assertThat(png[20][10]).isEqualTo(expected(10, 30, 29));
        assertThat(png[78][63]).isEqualTo(expected(63, 30, 0));
    }

    @Test
    void slabMipPicksTheMaximumAndMinipTheMinimum() throws Exception {
        int[][] mip = render(series.toString(), "--slice", "20", "--slab", "4", "--mode", "mip");
        int[][] minip = render(series.toString(), "--slice", "20", "--slab", "4", "--mode", "minip");
        for (int j = 0; j < 64; j += 7) {
            for (int i = 0; i < 64; i += 5) {
                assertThat(mip[j][i]).as("mip %d,%d", i, j).isEqualTo(expected(i, j, 22));
                assertThat(minip[j][i]).as("minip %d,%d", i, j).isEqualTo(expected(i, j, 18));
            }
        }
    }

    @Test
    void shuffledFilesGiveTheSameImageAsTheFolder() throws Exception {
        Path other = dir.resolve("other-order");
        SyntheticSeries.writeAxial(other, 99);
        int[][] a = render(series.toString(), "--plane", "sagittal", "--size", "100x80");
        int[][] b = render(other.toString(), "--plane", "sagittal", "--size", "100x80");
        List<String> args = new ArrayList<>(files.reversed().stream().map(Path::toString).toList());
        args.addAll(List.of("--plane", "sagittal", "--size", "100x80"));
        int[][] c = render(args.toArray(String[]::new));
        assertThat(b).isDeepEqualTo(a);
        assertThat(c).isDeepEqualTo(a);
        assertThat(a.length).isEqualTo(80);
    }

    @Test
    void obliquePlaneMatchingATiltedAcquisitionShowsItsStoredSlices() throws Exception {
        Path tilted = dir.resolve("tilted");
        SyntheticSeries.writeOblique(tilted, 20);
        RenderRun run = RenderRun.of("render", tilted.toString(), "--plane", "oblique", "--tilt-x", "20", "--slice", "5",
                "--info", "--renderer", "cpu", "--out", dir.resolve("obl.png").toString());
        assertThat(run.code).as(run.err).isZero();
        JsonNode info = run.json();
        assertThat(info.get("acquisitionPlane").asBoolean()).isTrue();
        assertThat(info.get("findings")).isEmpty();
        assertLabels(info, "R", "L", "AF", "PH");
        int[][] png = RenderRun.grey(dir.resolve("obl.png"));
        assertThat(png[40][3]).isEqualTo(expected(3, 40, 5));
        JsonNode axial = info2(tilted, "--plane", "axial");
        assertThat(axial.get("acquisitionPlane").asBoolean()).isFalse();
        assertLabels(axial, "R", "L", "A", "P");
    }

    private static JsonNode info2(Path input, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("render", input.toString(), "--info", "--renderer", "cpu"));
        all.addAll(List.of(args));
        RenderRun run = RenderRun.of(all.toArray(String[]::new));
        assertThat(run.code).as(run.err).isZero();
        return run.json();
    }

    @Test
    void badInputGivesOneLineAndTheExitCode() throws Exception {
        RenderRun missing = RenderRun.of("render", dir.resolve("nothing").toString(), "--info");
        assertThat(missing.code).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(missing.err.strip().lines()).hasSize(1);
        assertThat(missing.err).startsWith("lumen: ").contains("no such file");

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not DICOM");
        RenderRun none = RenderRun.of("render", empty.toString(), "--info");
        assertThat(none.code).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(none.err.strip().lines()).hasSize(1);
        assertThat(none.err).contains("no DICOM images");

        RenderRun range = RenderRun.of("render", series.toString(), "--slice", "40", "--info", "--renderer", "cpu");
        assertThat(range.code).isEqualTo(LumenCommand.USAGE);
        assertThat(range.err.strip().lines()).hasSize(1);
        assertThat(range.err).contains("0..39");

        RenderRun plane = RenderRun.of("render", series.toString(), "--plane", "diagonal", "--info");
        assertThat(plane.code).isEqualTo(LumenCommand.USAGE);
        assertThat(plane.err.strip().lines()).hasSize(1);
        assertThat(RenderRun.of("render", series.toString()).code).isEqualTo(LumenCommand.USAGE);
    }

    @Test
    void askingForTheGpuNeverFallsBackSilently() throws Exception {
        RenderRun run = RenderRun.of("render", series.toString(), "--info", "--renderer", "gpu");
        if (run.code == 0) {
            assertThat(run.json().get("renderer").get("kind").asText()).isEqualTo("gpu");
        } else {
            assertThat(run.code).isEqualTo(LumenCommand.FAILURE);
            assertThat(run.err.strip().lines()).hasSize(1);
            assertThat(run.err).contains("--renderer gpu: no usable OpenGL");
            assertThat(run.out).isEmpty();
        }
    }

    @Test
    void realObliqueT1SeriesWhenPresent() throws Exception {
        Optional<Path> t1 = SharedData.studyforrestT1();
        assumeTrue(t1.isPresent(), "shared studyforrest T1 data not present");
        JsonNode info = info2(t1.get(), "--plane", "sagittal");
        assertThat(info.get("files").asInt()).isEqualTo(384);
        assertThat(info.get("dimensions").get("slices").asInt()).isEqualTo(384);
        assertThat(info.get("findings")).isEmpty();
        JsonNode labels = info.get("labels");
        assertThat(labels.get("top").asText()).startsWith("H");
        assertThat(labels.get("bottom").asText()).startsWith("F");
        assertThat(labels.get("left").asText()).startsWith("A");
        assertThat(labels.get("right").asText()).startsWith("P");
    }
}
