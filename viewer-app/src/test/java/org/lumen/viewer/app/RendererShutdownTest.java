package org.lumen.viewer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.lumen.rendering.Renderer;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.gl.GlRenderer;

/** The end of the workstation waits for a renderer probe still running and closes what it chose. */
class RendererShutdownTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    @Test
    void waitsForTheProbeStillRunningThenClosesTheGpuRendererItChose() throws Exception {
        // as in Workspace: the CPU renderer until the probe replaces it
        AtomicReference<Renderer> renderer = new AtomicReference<>(new CpuRenderer(ForkJoinPool.commonPool()));
        AtomicReference<Throwable> unavailable = new AtomicReference<>();
        Thread probe = Thread.ofPlatform().daemon().name("test-renderer-probe").unstarted(() -> {
            try {
                renderer.set(GlRenderer.create());
            } catch (Exception | LinkageError e) {
                unavailable.set(e);
            }
        });
        probe.start(); // the end comes while JOGL is being set up (creating a context takes about a second here)

        Optional<String> problem = RendererShutdown.end(probe, renderer::get, LONG, LONG);

        if (unavailable.get() != null) {
            if (Boolean.getBoolean("lumen.requireGpu")) {
                throw new AssertionError("a GL context is required (-Dlumen.requireGpu=true)", unavailable.get());
            }
            Assumptions.abort("no GL context here: " + unavailable.get());
        }
        assertThat(problem).isEmpty();
        assertThat(probe.isAlive()).as("the probe finished before the end went on").isFalse();
        assertThat(renderer.get()).isInstanceOf(GlRenderer.class);
        assertThatThrownBy(() -> renderer.get().textureBytes()).as("the GPU renderer the probe chose is closed")
                .hasMessageContaining("closed");
    }

    @Test
    void aProbeThatDoesNotFinishIsWaitedForOnlyUpToTheLimit() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Thread probe = Thread.ofPlatform().daemon().name("test-stuck-probe").start(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Boolean> asked = new AtomicReference<>(false);
        long t0 = System.nanoTime();
        Optional<String> problem = RendererShutdown.end(probe, () -> {
            asked.set(true);
            return new CpuRenderer(ForkJoinPool.commonPool());
        }, Duration.ofMillis(300), LONG);
        long waited = System.nanoTime() - t0;
        never.countDown();

        assertThat(problem).hasValueSatisfying(text -> assertThat(text).contains("probe did not finish within 0.3 s"));
        assertThat(waited).as("waited for the limit").isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        assertThat(asked.get()).as("a renderer is left alone while the probe may still be setting it up").isFalse();
    }

    @Test
    void withoutAProbeTheRendererIsClosedAndAFailureIsReported() {
        Renderer failing = new Renderer() { // a renderer whose close fails as a lost GL context's would
            @Override
            public org.lumen.rendering.RenderedImage render(org.lumen.rendering.ViewRequest request) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String description() {
                return "failing";
            }

            @Override
            public void close() {
                throw new IllegalStateException("the GL context was lost");
            }
        };
        assertThat(RendererShutdown.end(null, () -> failing, LONG, LONG))
                .hasValue("closing the renderer failed: the GL context was lost");
    }
}
