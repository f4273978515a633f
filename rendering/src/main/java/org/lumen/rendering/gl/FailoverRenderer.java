package org.lumen.rendering.gl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.RendererFallback;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.volume.RgbVolume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GPU renderer with the CPU renderer behind it: the first time the GPU fails (a lost context, a
 * GL error, a failed allocation, a {@code GLException}), the GPU renderer is closed, a
 * {@link RendererFallback} notice is published, and that frame and every later one come from the CPU
 * renderer. Never throws because of GL.
 *
 * <p>Thread-safe. Listeners run on the thread whose render call hit the failure (a UI hops to its
 * own thread); one registered after the fallback is told at once.
 */
public final class FailoverRenderer implements Renderer {
    private static final Logger LOG = LoggerFactory.getLogger(FailoverRenderer.class);
    private final Renderer gpu;
    private final Renderer cpu;
    private final List<Consumer<RendererFallback>> listeners = new ArrayList<>(); // guarded by this
    private volatile RendererFallback fallback;

    /** The GPU renderer first, the CPU renderer after a failure; closing this closes both. */
    public FailoverRenderer(Renderer gpu, Renderer cpu) {
        this.gpu = gpu;
        this.cpu = cpu;
    }

    @Override
    public RenderedImage render(ViewRequest request) {
        if (fallback == null) {
            try {
                return gpu.render(request);
            } catch (RuntimeException | LinkageError e) {
                failOverUnlessInterrupted(e);
            }
        }
        return cpu.render(request);
    }

    @Override
    public RenderedImage renderRgb(RgbVolume rgb, ViewRequest view) {
        if (!(view.display() instanceof org.lumen.rendering.DisplayMapping.Greyscale)) {
            throw new IllegalArgumentException("RGB channels are mapped by a greyscale display, not " + view.display());
        }
        if (fallback == null) {
            try {
                return gpu.renderRgb(rgb, view);
            } catch (RuntimeException | LinkageError e) {
                failOverUnlessInterrupted(e);
            }
        }
        return cpu.renderRgb(rgb, view);
    }

    /** An interrupted caller is not a GPU failure: its exception goes up and the GPU stays in use. */
    private void failOverUnlessInterrupted(Throwable e) {
        if (Thread.currentThread().isInterrupted()) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (LinkageError) e;
        }
        failOver(e);
    }

    private void failOver(Throwable e) {
        RendererFallback notice;
        List<Consumer<RendererFallback>> toTell;
        synchronized (this) {
            if (fallback != null) {
                return;
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            notice = new RendererFallback(gpu.description(), cpu.description(), reason);
            fallback = notice;
            toTell = List.copyOf(listeners);
            listeners.clear();
        }
        LOG.warn("{}", notice.message(), e);
        try {
            gpu.close();
        } catch (RuntimeException | LinkageError closing) {
            LOG.debug("closing the failed GPU renderer", closing);
        }
        toTell.forEach(l -> l.accept(notice));
    }

    /** Registers a listener for the fallback notice (called at most once; at once if it already happened). */
    public void addFallbackListener(Consumer<RendererFallback> listener) {
        RendererFallback done;
        synchronized (this) {
            done = fallback;
            if (done == null) {
                listeners.add(listener);
                return;
            }
        }
        listener.accept(done);
    }

    /** The notice, once the GPU has failed. */
    public Optional<RendererFallback> fallback() {
        return Optional.ofNullable(fallback);
    }

    @Override
    public long textureBytes() {
        return fallback == null ? gpu.textureBytes() : 0;
    }

    @Override
    public void release(org.lumen.rendering.volume.Volume volume) {
        if (fallback == null) {
            gpu.release(volume);
        }
    }

    @Override
    public void releaseAll() {
        if (fallback == null) {
            gpu.releaseAll();
        }
    }

    /** The GPU renderer (closed after a fallback). */
    Renderer gpu() {
        return gpu;
    }

    /** Whether frames still come from the GPU. */
    public boolean usingGpu() {
        return fallback == null;
    }

    @Override
    public String description() {
        RendererFallback done = fallback;
        return done == null ? gpu.description() : cpu.description() + " (after a GPU failure: " + done.reason() + ")";
    }

    @Override
    public void close() {
        try {
            if (fallback == null) {
                gpu.close();
            }
        } finally {
            cpu.close();
        }
    }
}
