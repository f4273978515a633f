package org.lumen.rendering.gl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lumen.rendering.cpu.CpuRenderer;

class RendererSelectionTest {
    private final ForkJoinPool pool = new ForkJoinPool(1);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theCpuWhenTheGpuIsNotWanted() {
        RendererSelection s = RendererSelection.select(RendererSelection.Preference.CPU, pool);
        assertThat(s.renderer()).isInstanceOf(CpuRenderer.class);
        assertThat(s.fallbackReason()).isEmpty();
        assertThat(s.describe()).startsWith("CPU reference renderer, 1 threads");
    }

    @Test
    @Tag("gpu") // creates a GL context when a display exists; checks the CPU fallback when none does
    void preferringTheGpuNeverThrowsAndExplainsAFallback() {
        // with a display this finds GL; without one (plain unit-test runs) it must fall back with the reason
        RendererSelection s = RendererSelection.select(RendererSelection.Preference.GPU, pool);
        try {
            if (s.gpu().isPresent()) {
                assertThat(s.renderer()).isInstanceOf(FailoverRenderer.class);
                assertThat(s.fallbackReason()).isEmpty();
                assertThat(s.describe()).contains("OpenGL");
            } else {
                assertThat(s.renderer()).isInstanceOf(CpuRenderer.class);
                assertThat(s.fallbackReason()).get().asString().contains("OpenGL 3.3 core is not available");
                assertThat(s.describe()).contains("GPU not used");
            }
        } finally {
            s.renderer().close();
        }
    }

    @Test
    @Tag("gpu") // creates a GL context when a display exists; checks the CPU fallback when none does
    void automaticSelectionAvoidsSoftwareGl() {
        RendererSelection s = RendererSelection.select(RendererSelection.Preference.AUTO, pool);
        try {
            if (s.gpu().isPresent()) {
                GlRenderer gl = s.gpu().get();
                assertThat(RendererSelection.isSoftware(gl.glRenderer())).isFalse();
            } else {
                assertThat(s.fallbackReason()).get().asString().containsAnyOf("software", "not available");
            }
        } finally {
            s.renderer().close();
        }
        assertThat(RendererSelection.isSoftware("llvmpipe (LLVM 15.0.6, 256 bits)")).isTrue();
        assertThat(RendererSelection.isSoftware("NVIDIA GeForce RTX 4070/PCIe/SSE2")).isFalse();
    }

    @Test
    @Tag("gpu") // creates a GL context when a display exists; checks the CPU fallback when none does
    void theProbeReportsTheGlOrWhyNot() {
        GpuProbe.Result result = GpuProbe.probe();
        switch (result) {
            case GpuProbe.Result.Available a -> {
                assertThat(a.renderer()).isNotBlank();
                assertThat(a.version()).matches("^[34]\\.\\d.*");
                assertThat(a.max3dTextureSize()).isGreaterThanOrEqualTo(256);
            }
            case GpuProbe.Result.Unavailable u -> assertThat(u.reason()).contains("OpenGL 3.3 core is not available");
        }
    }
}
