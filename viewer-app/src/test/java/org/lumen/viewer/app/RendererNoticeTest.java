package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.gl.RendererSelection;

class RendererNoticeTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(1);

    @Test
    void softwareGlFallbackNamesTheRasterizer() {
        RendererSelection selection = new RendererSelection(new CpuRenderer(POOL),
                Optional.of("GL renders in software (llvmpipe (LLVM 15.0.6, 256 bits)), slower than the CPU renderer"));
        assertThat(RendererNotice.text(selection, RendererSelection.Preference.AUTO)).isEqualTo("CPU renderer: software GL (llvmpipe)");
    }

    @Test
    void otherFallbacksGiveTheReason() {
        RendererSelection selection = new RendererSelection(new CpuRenderer(POOL), Optional.of("no X display"));
        assertThat(RendererNotice.text(selection, RendererSelection.Preference.AUTO)).isEqualTo("CPU renderer: no X display");
    }

    @Test
    void cpuByPreferenceSaysSo() {
        assertThat(RendererNotice.probe(RendererSelection.Preference.CPU)).isEqualTo("CPU renderer: chosen (lumen.renderer=cpu)");
    }
}
