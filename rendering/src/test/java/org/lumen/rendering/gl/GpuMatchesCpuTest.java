package org.lumen.rendering.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lumen.rendering.Interpolation;
import org.lumen.rendering.Phantoms;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.geometry.ImagePlane;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.SeriesVolumeBuilder;
import org.lumen.rendering.volume.SliceHeader;
import org.lumen.rendering.volume.Volume;

@Tag("gpu")
class GpuMatchesCpuTest {
    private static GlRenderer gpu;
    private static GlRenderer brickedGpu;
    private static ForkJoinPool pool;
    private static CpuRenderer cpu;
    private static Volume ct;
    private static Volume mr;

    private static String unavailable = "";

    @BeforeAll
    static void openGl() {
        try {
            gpu = GlRenderer.create();
            brickedGpu = GlRenderer.create(8, GlRenderer.Readback.PBO_PAIR); // bricks and the PBO pair readback
        } catch (GlUnavailableException e) {
            unavailable = e.getMessage();
            if (gpu != null) {
                gpu.close();
                gpu = null;
            }
            return;
        }
        pool = new ForkJoinPool(2);
        cpu = new CpuRenderer(pool);
        // CT-like: signed, rescaled, anisotropic, a bright ball in noise
        VolumeGeometry g = new VolumeGeometry(new Vec3(-20, -15, -40), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.7, 0.6, 2.5, 41, 37, 19);
        Phantoms.VoxelFunction noise = Phantoms.noise(11, -1100, 400, 41, 37);
        Vec3 c = g.center();
        ct = Phantoms.filled(g, new PixelValues(1, -1024, true),
                (i, j, k) -> 1024 + (g.voxelCenter(i, j, k).minus(c).length() < 9 ? 1200 : noise.value(i, j, k)));
        // MR-like: unsigned, oblique axes, smooth ramp plus a ball
        VolumeGeometry m = new VolumeGeometry(new Vec3(5, 5, 5), new Vec3(1, 0.2, 0), new Vec3(-0.2, 1, 0.1),
                new Vec3(1, 0.2, 0).cross(new Vec3(-0.2, 1, 0.1)), 0.9, 0.9, 1.3, 30, 28, 26);
        Vec3 mc = m.center();
        mr = Phantoms.filled(m, PixelValues.UNSIGNED,
                (i, j, k) -> 3 * i + 2 * j + 5 * k + (m.voxelCenter(i, j, k).minus(mc).length() < 7 ? 300 : 0));
    }

    /** Aborts each test (so reports list them as skipped, with the reason) or fails it when GL is required. */
    @BeforeEach
    void requireGl() {
        if (gpu != null) {
            return;
        }
        if (Boolean.getBoolean("lumen.requireGpu")) {
            fail("GL is required (-Dlumen.requireGpu=true) but unavailable: " + unavailable);
        }
        Assumptions.abort("no GL context (run under xvfb-run; -Dlumen.requireGpu=true makes this a failure): " + unavailable);
    }

    @AfterAll
    static void closeGl() {
        if (gpu != null) {
            gpu.close();
            brickedGpu.close();
            pool.shutdownNow();
        }
    }

    private static void assertSame(String name, ViewRequest request) {
        RenderedImage expected = cpu.render(request);
        assertThat(GoldenImages.compare(name, gpu.render(request), expected, 1)).as(name + " (see target/gpu-golden)").isLessThanOrEqualTo(1);
        assertThat(GoldenImages.compare(name + "-bricked", brickedGpu.render(request), expected, 1))
                .as(name + " bricked (see target/gpu-golden)").isLessThanOrEqualTo(1);
        assertThat(expected.pixels()).as("%s renders something", name).containsAnyOf((byte) 50, (byte) 100, (byte) 128, (byte) 200, (byte) 255);
    }

    @Test
    void aClosedRendererRefusesWorkAndClosingTwiceIsHarmless() throws GlUnavailableException {
        GlRenderer extra = GlRenderer.create();
        ViewRequest r = ViewRequest.slice(ct, SlicePlane.axial(ct.geometry().center(), 1), 8, 8, new WindowLevel(0, 100));
        assertThat(extra.render(r).width()).isEqualTo(8);
        extra.close();
        extra.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> extra.render(r)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void severalVolumesStayResidentAndCanBeReleased() throws GlUnavailableException {
        try (GlRenderer extra = GlRenderer.create()) {
            ViewRequest onCt = ViewRequest.slice(ct, SlicePlane.axial(ct.geometry().center(), 0.5), 40, 40, new WindowLevel(40, 400));
            ViewRequest onMr = ViewRequest.slice(mr, SlicePlane.axial(mr.geometry().center(), 0.5), 40, 40, new WindowLevel(300, 400));
            RenderedImage first = extra.render(onCt);
            extra.render(onMr);
            assertThat(extra.residentVolumes()).isEqualTo(2);
            assertThat(extra.render(onCt)).isEqualTo(first);
            long ctBytes = 2L * 41 * 37 * 19;
            long mrBytes = 2L * mr.geometry().columns() * mr.geometry().rows() * mr.geometry().slices();
            assertThat(extra.textureBytes()).isEqualTo(ctBytes + mrBytes);
            extra.release(ct);
            assertThat(extra.residentVolumes()).isEqualTo(1);
            assertThat(extra.textureBytes()).isEqualTo(mrBytes);
            assertThat(extra.render(onCt)).isEqualTo(first);
            assertThat(GoldenImages.compare("resident", first, cpu.render(onCt), 1)).isLessThanOrEqualTo(1);
            extra.releaseAll();
            assertThat(extra.residentVolumes()).isZero();
            assertThat(extra.textureBytes()).isZero();
            assertThat(extra.render(onCt)).isEqualTo(first);
        }
    }

    @Test
    void beyondTheBudgetTheLeastRecentlyRenderedVolumeIsDropped() throws GlUnavailableException {
        long ctBytes = 2L * 41 * 37 * 19;
        try (GlRenderer small = GlRenderer.create(Integer.MAX_VALUE, ctBytes + 1)) {
            ViewRequest onCt = ViewRequest.slice(ct, SlicePlane.axial(ct.geometry().center(), 0.5), 40, 40, new WindowLevel(40, 400));
            ViewRequest onMr = ViewRequest.slice(mr, SlicePlane.axial(mr.geometry().center(), 0.5), 40, 40, new WindowLevel(300, 400));
            small.render(onCt);
            assertThat(small.residentVolumes()).isEqualTo(1);
            RenderedImage mrImage = small.render(onMr);
            assertThat(small.residentVolumes()).isEqualTo(1);
            assertThat(GoldenImages.compare("budget", mrImage, cpu.render(onMr), 1)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void irregularlySpacedStacks() throws Exception {
        List<SeriesVolumeBuilder.SliceInput> inputs = new ArrayList<>();
        double[] z = {0, 1.5, 3.4, 4.4, 6.5, 7.0, 9.2, 10.0};
        Phantoms.VoxelFunction noise = Phantoms.noise(5, 0, 255, 24, 20);
        for (int k = 0; k < z.length; k++) {
            short[] stored = new short[24 * 20];
            for (int n = 0; n < stored.length; n++) {
                stored[n] = (short) noise.value(n % 24, n / 24, k);
            }
            ImagePlane plane = new ImagePlane(new Vec3(-6, -5, z[k]), Vec3.LEFT, Vec3.POSTERIOR, 0.5, 0.5);
            inputs.add(new SeriesVolumeBuilder.SliceInput(new SliceHeader(plane, 20, 24, "1", 0, PixelValues.UNSIGNED), stored));
        }
        Volume irregular = SeriesVolumeBuilder.assemble(inputs).volume();
        assertThat(irregular.isRegular()).isFalse();
        SlicePlane coronal = SlicePlane.coronal(irregular.geometry().center(), 0.1);
        ViewRequest r = ViewRequest.slice(irregular, coronal, 130, 120, new WindowLevel(128, 256));
        assertSame("irregular-trilinear", r);
        assertSame("irregular-nearest", r.withInterpolation(Interpolation.NEAREST));
        assertSame("irregular-mip", r.withPlane(SlicePlane.axial(irregular.geometry().center(), 0.2)).withSlab(SlabMode.MIP, 3.1));
    }

    @Test
    void rendererReportsItsGl() {
        assertThat(gpu.glRenderer()).isNotBlank();
        assertThat(gpu.description()).contains("OpenGL");
        assertThat(gpu.max3dTextureSize()).isGreaterThanOrEqualTo(256);
    }

    @Test
    void nativeAxialSlicesInBothInterpolations() {
        for (Interpolation interpolation : Interpolation.values()) {
            ViewRequest r = new ViewRequest(ct, SlicePlane.nativeSlice(ct.geometry(), 9), 41, 37, interpolation, SlabMode.NONE, 0,
                    new WindowLevel(40, 400), false);
            assertSame("axial-native-" + interpolation, r);
        }
    }

    @Test
    void axialCoronalSagittalResampledWithNarrowWindows() {
        Vec3 c = ct.geometry().center();
        WindowLevel narrow = new WindowLevel(150, 60);
        assertSame("axial", ViewRequest.slice(ct, SlicePlane.axial(c, 0.37), 96, 80, narrow));
        assertSame("coronal", ViewRequest.slice(ct, SlicePlane.coronal(c, 0.45), 80, 120, narrow));
        assertSame("sagittal", ViewRequest.slice(ct, SlicePlane.sagittal(c.plus(new Vec3(1.3, 0, 0)), 0.5), 90, 110, new WindowLevel(-500, 1500)));
    }

    @Test
    void obliquePlanesOfAnObliqueVolume() {
        SlicePlane oblique = new SlicePlane(mr.geometry().center(), new Vec3(1, 0.4, 0.3), new Vec3(-0.4, 1, 0), 0.31, 0.33).rotated(0.7);
        assertSame("oblique-trilinear", ViewRequest.slice(mr, oblique, 120, 100, new WindowLevel(300, 400)));
        assertSame("oblique-nearest", ViewRequest.slice(mr, oblique, 120, 100, new WindowLevel(300, 400)).withInterpolation(Interpolation.NEAREST));
        assertSame("oblique-zoom-pan-flip", ViewRequest.slice(mr, oblique.zoomed(2.5).panned(13, -7).flippedVertically(), 64, 64,
                new WindowLevel(250, 300)));
    }

    @Test
    void thePboPairReadsBackTheSameBytesAsDirectReadback() throws GlUnavailableException {
        try (GlRenderer pbo = GlRenderer.create(Integer.MAX_VALUE, GlRenderer.Readback.PBO_PAIR)) {
            for (int[] size : new int[][] {{1, 1}, {7, 5}, {64, 33}, {33, 64}}) {
                ViewRequest r = ViewRequest.slice(ct, SlicePlane.axial(ct.geometry().center(), 0.4), size[0], size[1], new WindowLevel(100, 1200));
                assertThat(pbo.render(r)).as("%dx%d", size[0], size[1]).isEqualTo(gpu.render(r));
            }
        }
    }

    @Test
    void everyPlaneInBothInterpolations() {
        Vec3 c = ct.geometry().center().plus(new Vec3(0.7, -0.4, 1.1));
        SlicePlane[] planes = {SlicePlane.axial(c, 0.41), SlicePlane.coronal(c, 0.43), SlicePlane.sagittal(c, 0.47),
            new SlicePlane(c, new Vec3(1, 0.2, -0.3), new Vec3(0.1, 1, 1), 0.39, 0.39)};
        String[] names = {"axial", "coronal", "sagittal", "oblique"};
        for (int n = 0; n < planes.length; n++) {
            for (Interpolation interpolation : Interpolation.values()) {
                assertSame("plane-" + names[n] + "-" + interpolation, new ViewRequest(ct, planes[n], 90, 84, interpolation, SlabMode.NONE, 0,
                        new WindowLevel(100, 1200), false));
            }
        }
    }

    @Test
    void zoomPanRotateAndFlipsOneByOne() {
        SlicePlane base = SlicePlane.nativeSlice(ct.geometry(), 8);
        ViewRequest r = ViewRequest.slice(ct, base, 64, 60, new WindowLevel(100, 1200));
        RenderedImage plain = cpu.render(r);
        SlicePlane[] moved = {base.zoomed(1.7), base.panned(9, -5), base.rotated(Math.toRadians(30)), base.flippedHorizontally(),
            base.flippedVertically()};
        String[] names = {"zoom", "pan", "rotate", "flip-h", "flip-v"};
        for (int n = 0; n < moved.length; n++) {
            ViewRequest changed = r.withPlane(moved[n]);
            assertSame(names[n], changed);
            assertSame(names[n] + "-nearest", changed.withInterpolation(Interpolation.NEAREST));
            assertThat(cpu.render(changed)).as("%s changes the image", names[n]).isNotEqualTo(plain);
        }
        // a horizontal flip mirrors the pixels exactly (the native grid maps onto itself)
        RenderedImage flipped = cpu.render(r.withPlane(base.flippedHorizontally()).withInterpolation(Interpolation.NEAREST));
        RenderedImage unflipped = cpu.render(r.withInterpolation(Interpolation.NEAREST));
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 64; x++) {
                assertThat(flipped.grey(x, y)).isEqualTo(unflipped.grey(63 - x, y));
            }
        }
    }

    @Test
    void obliqueNearestThroughNoiseChoosesTheSameVoxels() {
        // noise makes every wrong voxel choice visible; double-precision positions keep the choices equal
        SlicePlane oblique = new SlicePlane(ct.geometry().center(), new Vec3(1, 0.3, 0.5), new Vec3(-0.3, 1, 0), 0.27, 0.29).rotated(0.2);
        assertSame("oblique-nearest-noise", new ViewRequest(ct, oblique, 128, 120, Interpolation.NEAREST, SlabMode.NONE, 0,
                new WindowLevel(0, 3000), false));
        assertSame("zoomed-nearest-noise", new ViewRequest(ct, SlicePlane.nativeSlice(ct.geometry(), 7).zoomed(2), 82, 74,
                Interpolation.NEAREST, SlabMode.NONE, 0, new WindowLevel(0, 3000), false));
    }

    @Test
    void slabs() {
        SlicePlane plane = new SlicePlane(ct.geometry().center(), new Vec3(1, 0, 0.2), new Vec3(0, 1, 0), 0.5, 0.5);
        ViewRequest r = ViewRequest.slice(ct, plane, 80, 70, new WindowLevel(100, 500));
        assertSame("mip", r.withSlab(SlabMode.MIP, 12));
        assertSame("minip", r.withSlab(SlabMode.MINIP, 7.5));
        assertSame("average", r.withSlab(SlabMode.AVERAGE, 10));
        assertSame("mip-mr-nearest", ViewRequest.slice(mr, SlicePlane.coronal(mr.geometry().center(), 0.6), 60, 60, new WindowLevel(300, 500))
                .withSlab(SlabMode.MIP, 20).withInterpolation(Interpolation.NEAREST));
    }

    @Test
    void monochrome1IsInverted() {
        ViewRequest r = ViewRequest.slice(ct, SlicePlane.axial(ct.geometry().center(), 0.6), 70, 70, new WindowLevel(40, 400)).withInvert(true);
        assertSame("inverted", r);
        assertSame("inverted-slab", r.withSlab(SlabMode.AVERAGE, 5));
    }

    @Test
    void aVolumeFillingUpIsUploadedAgain() {
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1, 12, 12, 6);
        Volume partial = Volume.allocate(g, PixelValues.UNSIGNED);
        short[] slice = new short[144];
        java.util.Arrays.fill(slice, (short) 200);
        partial.setSlice(2, slice);
        ViewRequest r = ViewRequest.slice(partial, SlicePlane.coronal(g.center(), 0.5), 30, 20, new WindowLevel(128, 256))
                .withSlab(SlabMode.MIP, 4);
        assertSame("partial-before", r);
        short[] next = new short[144];
        java.util.Arrays.fill(next, (short) 100);
        partial.setSlice(3, next);
        assertSame("partial-after", r);
    }
}
