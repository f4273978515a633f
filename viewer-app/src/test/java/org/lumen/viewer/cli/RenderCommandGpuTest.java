package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lumen.rendering.gl.GpuProbe;
import org.lumen.testkit.GpuTest;

/** {@code lumen render --renderer gpu} against {@code --renderer cpu}: within one grey level. */
@GpuTest
class RenderCommandGpuTest {
    @TempDir
    static Path shared;
    static Path series;

    static GpuProbe.Result probe;

    @BeforeAll
    static void writeSeries() throws Exception {
        series = shared.resolve("axial");
        SyntheticSeries.writeAxial(series, 5);
        probe = GpuProbe.probe();
    }

    /** Skips (reported with the reason) without GL, or fails when -Dlumen.requireGpu=true, like the rendering GPU tests. */
    @BeforeEach
    void requireGl() {
        if (probe instanceof GpuProbe.Result.Unavailable(String reason)) {
            if (Boolean.getBoolean("lumen.requireGpu")) {
                fail("GL is required (-Dlumen.requireGpu=true) but unavailable: " + reason);
            }
            Assumptions.abort("no GL context (run under xvfb-run): " + reason);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"axial --slice 7", "coronal --slice 30", "sagittal --size 90x70",
        "oblique --tilt-x 25 --tilt-y -10 --size 96x96", "axial --slice 20 --slab 6 --mode avg"})
    void gpuMatchesCpuWithinOneGreyLevel(String view) throws Exception {
        int[][] gpu = render(view, "gpu");
        int[][] cpu = render(view, "cpu");
        assertThat(gpu.length).isEqualTo(cpu.length);
        int worst = 0;
        for (int y = 0; y < cpu.length; y++) {
            for (int x = 0; x < cpu[y].length; x++) {
                worst = Math.max(worst, Math.abs(gpu[y][x] - cpu[y][x]));
            }
        }
        assertThat(worst).as("largest difference for " + view).isLessThanOrEqualTo(1);
    }

    @Test
    void infoNamesTheGlRenderer() throws Exception {
        RenderRun run = RenderRun.of("render", series.toString(), "--info", "--renderer", "gpu");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.json().get("renderer").get("kind").asText()).isEqualTo("gpu");
        assertThat(run.json().get("renderer").get("glRenderer").asText()).isNotBlank();
    }

    private static int[][] render(String view, String renderer) throws Exception {
        Path png = shared.resolve(view.replaceAll("[^a-z0-9]", "_") + renderer + ".png");
        List<String> args = new ArrayList<>(List.of("render", series.toString(), "--plane"));
        args.addAll(List.of(view.split(" ")));
        args.addAll(List.of("--renderer", renderer, "--out", png.toString()));
        RenderRun run = RenderRun.of(args.toArray(String[]::new));
        assertThat(run.code).as(run.err).isZero();
        return RenderRun.grey(png);
    }
}
