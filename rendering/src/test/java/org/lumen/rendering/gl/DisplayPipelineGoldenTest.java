package org.lumen.rendering.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lumen.dicom.lut.LookupTable;
import org.lumen.dicom.lut.PaletteColorLut;
import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.lut.VoiFunction;
import org.lumen.dicom.lut.VoiLut;
import org.lumen.rendering.DisplayMapping;
import org.lumen.rendering.Interpolation;
import org.lumen.rendering.Phantoms;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.RgbVolume;
import org.lumen.rendering.volume.Volume;

/** Every display function of the pipeline, GPU against the CPU reference, within one level per channel. */
@Tag("gpu")
class DisplayPipelineGoldenTest {
    private static GlRenderer gpu;
    private static GlRenderer bricked;
    private static ForkJoinPool pool;
    private static CpuRenderer cpu;
    private static Volume ct;
    private static String unavailable = "";

    @BeforeAll
    static void openGl() {
        try {
            gpu = GlRenderer.create();
            bricked = GlRenderer.create(8, GlRenderer.Readback.PBO_PAIR); // bricks and the PBO pair readback
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
        VolumeGeometry g = new VolumeGeometry(new Vec3(-20, -15, -40), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.7, 0.6, 2.5, 41, 37, 19);
        Phantoms.VoxelFunction noise = Phantoms.noise(17, -1000, 1500, 41, 37);
        Vec3 c = g.center();
        ct = Phantoms.filled(g, new PixelValues(1, -1024, true),
                (i, j, k) -> 1024 + (g.voxelCenter(i, j, k).minus(c).length() < 9 ? 900 + 20 * k : noise.value(i, j, k)));
    }

    @BeforeEach
    void requireGl() {
        if (gpu != null) {
            return;
        }
        if (Boolean.getBoolean("lumen.requireGpu")) {
            fail("GL is required (-Dlumen.requireGpu=true) but unavailable: " + unavailable);
        }
        Assumptions.abort("no GL context (run under xvfb-run): " + unavailable);
    }

    @AfterAll
    static void closeGl() {
        if (gpu != null) {
            gpu.close();
            bricked.close();
            pool.shutdownNow();
        }
    }

    /** GPU (whole and bricked) equals the CPU within one level, and the CPU image is not trivial. */
    private static RenderedImage assertSame(String name, ViewRequest request) {
        RenderedImage expected = cpu.render(request);
        assertThat(GoldenImages.compare(name, gpu.render(request), expected, 1)).as(name + " (see target/gpu-golden)").isLessThanOrEqualTo(1);
        assertThat(GoldenImages.compare(name + "-bricked", bricked.render(request), expected, 1)).as(name + " bricked").isLessThanOrEqualTo(1);
        assertThat(distinctValues(expected)).as("%s has many levels", name).isGreaterThan(20);
        return expected;
    }

    private static int distinctValues(RenderedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                seen.add(image.rgb(x, y));
            }
        }
        return seen.size();
    }

    private static ViewRequest obliqueOf(Volume v, DisplayMapping display) {
        SlicePlane plane = new SlicePlane(v.geometry().center(), new Vec3(1, 0.3, 0.4), new Vec3(-0.3, 1, 0), 0.3, 0.3).rotated(0.3);
        return new ViewRequest(v, plane, 96, 90, Interpolation.TRILINEAR, SlabMode.NONE, 0, display);
    }

    @Test
    void linearExactAndSigmoidWindows() {
        for (VoiFunction f : VoiFunction.values()) {
            DisplayMapping window = DisplayMapping.window(new WindowLevel(200, 900, f));
            assertSame("function-" + f, obliqueOf(ct, window));
            assertSame("function-" + f + "-nearest-mip", obliqueOf(ct, window).withInterpolation(Interpolation.NEAREST).withSlab(SlabMode.MIP, 6));
        }
        // a narrow LINEAR_EXACT window (width below 1 is allowed for it) thresholds like the CPU's
        RenderedImage narrow = cpu.render(obliqueOf(ct, DisplayMapping.window(new WindowLevel(300, 0.5, VoiFunction.LINEAR_EXACT))));
        assertThat(GoldenImages.compare("linear-exact-narrow", gpu.render(obliqueOf(ct, DisplayMapping.window(
                new WindowLevel(300, 0.5, VoiFunction.LINEAR_EXACT)))), narrow, 1)).isLessThanOrEqualTo(1);
    }

    @Test
    void voiLutTables() {
        // 4096 entries of 16 bits from -1024 (signed modality values), a smooth curve
        int[] curve = IntStream.range(0, 4096).map(i -> (int) Math.round(65535 * Math.sqrt(i / 4095.0))).toArray();
        DisplayMapping table = new DisplayMapping.Greyscale(new VoiLut.Table(new LookupTable(-1024, 16, curve)), PresentationLut.Shape.IDENTITY);
        assertSame("voi-table-nearest", obliqueOf(ct, table).withInterpolation(Interpolation.NEAREST));
        assertSame("voi-table-trilinear", obliqueOf(ct, table));
        assertSame("voi-table-average", obliqueOf(ct, table).withSlab(SlabMode.AVERAGE, 5));
        // the longest table: 65536 entries (a texture buffer of the minimum guaranteed size), 12 bits
        int[] full = IntStream.range(0, 65536).map(i -> (i * 7 / 16) % 4096).toArray();
        DisplayMapping longTable = new DisplayMapping.Greyscale(new VoiLut.Table(new LookupTable(-32768, 12, full)), PresentationLut.Shape.IDENTITY);
        assertSame("voi-table-65536", obliqueOf(ct, longTable).withInterpolation(Interpolation.NEAREST));
    }

    @Test
    void presentationLutInverseAndTable() {
        WindowLevel window = new WindowLevel(300, 1500);
        assertSame("presentation-inverse", obliqueOf(ct, new DisplayMapping.Greyscale(window.transform(), PresentationLut.Shape.INVERSE)));
        int[] gamma = IntStream.range(0, 256).map(i -> (int) Math.round(4095 * Math.pow(i / 255.0, 2.2))).toArray();
        assertSame("presentation-table", obliqueOf(ct, new DisplayMapping.Greyscale(window.transform(),
                new PresentationLut.Table(new LookupTable(0, 12, gamma)))).withInterpolation(Interpolation.NEAREST));
        assertSame("inverse-minip", obliqueOf(ct, new DisplayMapping.Greyscale(window.transform(), PresentationLut.Shape.INVERSE))
                .withSlab(SlabMode.MINIP, 5));
    }

    @Test
    void paletteColourWith8And16BitEntries() {
        VolumeGeometry g = new VolumeGeometry(new Vec3(0, 0, 0), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1.5, 30, 28, 12);
        Phantoms.VoxelFunction noise = Phantoms.noise(3, 0, 255, 30, 28);
        Volume indices = Phantoms.filled(g, PixelValues.UNSIGNED, (i, j, k) -> (noise.value(i, j, k) + 8 * i) % 256);
        int[] r = IntStream.range(0, 256).map(i -> i).toArray();
        int[] gr = IntStream.range(0, 256).map(i -> (i * 3) % 256).toArray();
        int[] b = IntStream.range(0, 256).map(i -> 255 - i).toArray();
        PaletteColorLut eight = new PaletteColorLut(new LookupTable(0, 8, r), new LookupTable(0, 8, gr), new LookupTable(0, 8, b));
        assertSame("palette-8-nearest", obliqueOf(indices, new DisplayMapping.Palette(eight)).withInterpolation(Interpolation.NEAREST));
        assertSame("palette-8-trilinear", obliqueOf(indices, new DisplayMapping.Palette(eight)));
        // 16-bit entries from first mapped value 10: the high byte is shown; values below 10 take the first entry
        PaletteColorLut sixteen = new PaletteColorLut(new LookupTable(10, 16, IntStream.range(0, 200).map(i -> i * 300).toArray()),
                new LookupTable(10, 16, IntStream.range(0, 200).map(i -> 65535 - i * 200).toArray()),
                new LookupTable(10, 16, IntStream.range(0, 200).map(i -> (i * 5000) % 65536).toArray()));
        RenderedImage image = assertSame("palette-16-mip", obliqueOf(indices, new DisplayMapping.Palette(sixteen))
                .withInterpolation(Interpolation.NEAREST).withSlab(SlabMode.MIP, 4));
        assertThat(image.isColour()).isTrue();
    }

    @Test
    void rgbVolumesGiveColourMpr() {
        VolumeGeometry g = new VolumeGeometry(new Vec3(0, 0, 0), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1.5, 30, 28, 12);
        Phantoms.VoxelFunction noise = Phantoms.noise(9, 0, 255, 30, 28);
        RgbVolume rgb = new RgbVolume(Phantoms.filled(g, PixelValues.UNSIGNED, (i, j, k) -> 8 * i),
                Phantoms.filled(g, PixelValues.UNSIGNED, (i, j, k) -> 9 * j),
                Phantoms.filled(g, PixelValues.UNSIGNED, noise));
        ViewRequest view = obliqueOf(rgb.red(), DisplayMapping.window(Renderer.IDENTITY_8_BIT));
        RenderedImage expected = cpu.renderRgb(rgb, view);
        assertThat(expected.isColour()).isTrue();
        assertThat(GoldenImages.compare("rgb", gpu.renderRgb(rgb, view), expected, 1)).isLessThanOrEqualTo(1);
        assertThat(GoldenImages.compare("rgb-bricked", bricked.renderRgb(rgb, view.withSlab(SlabMode.MIP, 5)),
                cpu.renderRgb(rgb, view.withSlab(SlabMode.MIP, 5)), 1)).isLessThanOrEqualTo(1);
        assertThat(distinctValues(expected)).isGreaterThan(100);
    }

    @Test
    void perSliceRescaleIsInterpolatedInModalityValues() {
        // PET-like: every slice its own slope; the stored values alone would show stripes
        VolumeGeometry g = new VolumeGeometry(new Vec3(0, 0, 0), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 2, 2, 3, 32, 30, 14);
        Volume pet = Volume.allocate(g, PixelValues.UNSIGNED);
        Vec3 c = g.center();
        for (int k = 0; k < 14; k++) {
            double slope = 0.05 * (k + 1);
            short[] stored = new short[32 * 30];
            for (int n = 0; n < stored.length; n++) {
                double activity = 40 + 200 * Math.exp(-g.voxelCenter(n % 32, n / 32, k).minus(c).length() / 12);
                stored[n] = (short) Math.round(activity / slope);
            }
            pet.setSlice(k, stored, new PixelValues(slope, 0.5 * k, false));
        }
        assertThat(pet.hasUniformRescale()).isFalse();
        DisplayMapping window = DisplayMapping.window(new WindowLevel(140, 260));
        assertSame("per-slice-rescale-coronal", new ViewRequest(pet, SlicePlane.coronal(c, 0.45), 140, 100, Interpolation.TRILINEAR,
                SlabMode.NONE, 0, window));
        assertSame("per-slice-rescale-oblique-mip", obliqueOf(pet, window).withSlab(SlabMode.MIP, 8));
        assertSame("per-slice-rescale-nearest", obliqueOf(pet, window).withInterpolation(Interpolation.NEAREST));
    }
}
