package org.lumen.rendering.gl;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLCapabilities;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLDrawableFactory;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import com.jogamp.opengl.GLProfile;

import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.ViewRequest;

/**
 * Renders on the GPU through JOGL: an offscreen OpenGL 3.3+ core context, the volume in 3D integer
 * textures (bricked when larger than {@code GL_MAX_3D_TEXTURE_SIZE} or a given limit), shaders that
 * sample exactly as {@code CpuRenderer} does, and {@code glReadPixels} of an 8-bit target.
 *
 * <p>Threading: every GL call runs on this renderer's own thread ("lumen-gl"), which holds the
 * context current for the renderer's life. {@link #render} may be called from any thread; calls are
 * queued to the GL thread and the caller blocks until its image is read back.
 */
public final class GlRenderer implements Renderer {
    /** Volumes kept on the GPU at once, in bytes of 16-bit voxels, before the least recently used is dropped. */
    public static final long TEXTURE_BUDGET_BYTES = 2L << 30;
    private final ExecutorService glThread;
    private final GLOffscreenAutoDrawable drawable;
    private final GlPipeline pipeline;
    private final String rendererName;
    private final String version;
    private final int max3dTextureSize;
    private final int brickLimit;
    private final boolean fp64;

    private GlRenderer(ExecutorService glThread, GLOffscreenAutoDrawable drawable, GlPipeline pipeline,
                       String rendererName, String version, int max3dTextureSize, int brickLimit, boolean fp64) {
        this.glThread = glThread;
        this.drawable = drawable;
        this.pipeline = pipeline;
        this.rendererName = rendererName;
        this.version = version;
        this.max3dTextureSize = max3dTextureSize;
        this.brickLimit = brickLimit;
        this.fp64 = fp64;
    }

    /** How the output is read back: the pixels are the same either way. */
    public enum Readback {
        /** One synchronous {@code glReadPixels} into client memory. */
        DIRECT,
        /** Two pixel pack buffers, one per half of the image: the first half is copied out while the second transfers. */
        PBO_PAIR
    }

    /** A renderer whose bricks are as large as the GL allows. */
    public static GlRenderer create() throws GlUnavailableException {
        return create(Integer.MAX_VALUE);
    }

    /**
     * A renderer whose 3D textures hold at most {@code maxBrickSize} voxels along each axis (lower than
     * the GL's limit only to test bricking).
     */
    public static GlRenderer create(int maxBrickSize) throws GlUnavailableException {
        return create(maxBrickSize, TEXTURE_BUDGET_BYTES);
    }

    /** A renderer with bricks of at most {@code maxBrickSize} voxels a side and the given readback. */
    public static GlRenderer create(int maxBrickSize, Readback readback) throws GlUnavailableException {
        return create(maxBrickSize, TEXTURE_BUDGET_BYTES, true, readback);
    }

    /** As {@link #create(int)}, keeping at most {@code textureBudgetBytes} of volumes on the GPU (tests lower it). */
    static GlRenderer create(int maxBrickSize, long textureBudgetBytes) throws GlUnavailableException {
        return create(maxBrickSize, textureBudgetBytes, true);
    }

    /**
     * As {@link #create(int, long)}; with {@code withinGlLimit} false, bricks may exceed
     * {@code GL_MAX_3D_TEXTURE_SIZE}, so that a large volume's texture allocation fails in the driver
     * (tests of the failure path use it).
     */
    static GlRenderer create(int maxBrickSize, long textureBudgetBytes, boolean withinGlLimit) throws GlUnavailableException {
        return create(maxBrickSize, textureBudgetBytes, withinGlLimit, Readback.DIRECT);
    }

    private static GlRenderer create(int maxBrickSize, long textureBudgetBytes, boolean withinGlLimit, Readback readback)
            throws GlUnavailableException {
        if (maxBrickSize < 2) {
            throw new IllegalArgumentException("brick size must be at least 2: " + maxBrickSize);
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lumen-gl");
            t.setDaemon(true);
            return t;
        });
        try {
            return StderrCapture.during("creating a GL context",
                    () -> thread.submit(() -> open(thread, maxBrickSize, textureBudgetBytes, withinGlLimit, readback)).get());
        } catch (ExecutionException e) {
            thread.shutdownNow();
            Throwable cause = e.getCause();
            throw new GlUnavailableException("OpenGL 3.3 core is not available: " + cause, cause);
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
            throw new GlUnavailableException("interrupted while creating the GL context", e);
        } catch (Exception e) {
            thread.shutdownNow();
            throw new GlUnavailableException("OpenGL 3.3 core is not available: " + e, e);
        }
    }

    private static GlRenderer open(ExecutorService thread, int maxBrickSize, long textureBudgetBytes, boolean withinGlLimit,
            Readback readback) {
        GLProfile profile = GLProfile.get(GLProfile.GL3);
        GLCapabilities caps = new GLCapabilities(profile);
        caps.setOnscreen(false);
        caps.setFBO(true);
        GLOffscreenAutoDrawable drawable = GLDrawableFactory.getFactory(profile).createOffscreenAutoDrawable(null, caps, null, 1, 1);
        drawable.display();
        GLContext context = drawable.getContext();
        if (context.makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
            drawable.destroy();
            throw new IllegalStateException("cannot make the offscreen GL context current");
        }
        try {
            GL3 gl = context.getGL().getGL3();
            if (context.getGLVersionNumber().compareTo(new com.jogamp.common.util.VersionNumber(3, 3, 0)) < 0) {
                throw new IllegalStateException("GL " + context.getGLVersion() + " is older than 3.3");
            }
            int[] max = new int[1];
            gl.glGetIntegerv(GL3.GL_MAX_3D_TEXTURE_SIZE, max, 0);
            boolean fp64 = context.getGLVersionNumber().compareTo(new com.jogamp.common.util.VersionNumber(4, 0, 0)) >= 0
                    || gl.isExtensionAvailable("GL_ARB_gpu_shader_fp64");
            int bricks = withinGlLimit ? Math.min(max[0], maxBrickSize) : maxBrickSize;
            GlPipeline pipeline = new GlPipeline(gl, bricks, fp64, textureBudgetBytes, readback);
            return new GlRenderer(thread, drawable, pipeline, gl.glGetString(GL.GL_RENDERER), gl.glGetString(GL.GL_VERSION),
                    max[0], bricks, fp64);
        } catch (RuntimeException e) {
            context.release();
            drawable.destroy();
            throw e;
        }
    }

    /**
     * Renders on the GL thread. A lost context (destroyed drawable, a context that is no longer created
     * or cannot be made current), a GL error or a failed allocation is an {@link IllegalStateException}
     * or JOGL's {@code GLException}; {@link FailoverRenderer} turns either into a CPU fallback.
     */
    @Override
    public RenderedImage render(ViewRequest request) {
        return onGlThread(() -> {
            requireContext();
            return pipeline.render(request);
        });
    }

    /** Fails, without calling into the driver, when the context is gone. GL thread only. */
    private void requireContext() {
        GLContext context = drawable.getContext();
        if (!drawable.isRealized() || context == null || !context.isCreated()) {
            throw new IllegalStateException("the GL context was lost (drawable " + (drawable.isRealized() ? "realized" : "destroyed") + ")");
        }
        if (!context.isCurrent() && context.makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
            throw new IllegalStateException("the GL context was lost: it cannot be made current");
        }
    }

    /**
     * Destroys the context and drawable under the renderer, as a driver reset or a lost display does;
     * the renderer stays open and fails on the next frame. For tests of the failure path.
     */
    void destroyContextUnderRenderer() {
        onGlThread(() -> {
            drawable.getContext().release();
            drawable.destroy();
            return null;
        });
    }

    /**
     * Drops the GPU copy of a volume (when a viewer closes a series); the next render of it uploads
     * again. Volumes are also dropped, least recently rendered first, beyond {@link #TEXTURE_BUDGET_BYTES}.
     */
    @Override
    public void release(org.lumen.rendering.volume.Volume volume) {
        onGlThread(() -> {
            pipeline.release(volume);
            return null;
        });
    }

    @Override
    public long textureBytes() {
        return onGlThread(pipeline::residentBytes);
    }

    @Override
    public void releaseAll() {
        onGlThread(() -> {
            pipeline.releaseAll();
            return null;
        });
    }

    /** How many volumes have textures on the GPU now. */
    public int residentVolumes() {
        return onGlThread(pipeline::residentVolumes);
    }

    private <T> T onGlThread(java.util.concurrent.Callable<T> work) {
        Future<T> result;
        try {
            result = glThread.submit(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new IllegalStateException("the GL renderer is closed", e);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("GL work failed", e.getCause());
        } catch (InterruptedException e) {
            result.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the GL thread", e);
        }
    }

    /** The GL_RENDERER string, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)". */
    public String glRenderer() {
        return rendererName;
    }

    /** The GL_VERSION string. */
    public String glVersion() {
        return version;
    }

    /** GL_MAX_3D_TEXTURE_SIZE. */
    public int max3dTextureSize() {
        return max3dTextureSize;
    }

    @Override
    public String description() {
        return "OpenGL " + version + " on " + rendererName + ", 3D textures up to " + brickLimit
                + (fp64 ? ", double-precision sample positions" : ", single-precision sample positions");
    }

    @Override
    public void close() {
        if (glThread.isShutdown()) {
            return;
        }
        Future<?> done = glThread.submit(() -> {
            GLContext context = drawable.getContext();
            if (drawable.isRealized() && context != null && context.isCreated()) {
                pipeline.delete();
                context.release();
                drawable.destroy();
            }
        });
        try {
            StderrCapture.during("releasing a GL context", done::get);
        } catch (ExecutionException e) {
            throw new IllegalStateException("releasing GL resources failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("releasing GL resources failed", e);
        } finally {
            glThread.shutdown();
        }
    }
}
