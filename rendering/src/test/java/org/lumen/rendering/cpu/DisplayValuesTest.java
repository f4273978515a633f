package org.lumen.rendering.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterAll;
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
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.RgbVolume;
import org.lumen.rendering.volume.Volume;

/**
 * The CPU renderer's display values against values computed by hand from PS3.3 C.11.2.1.2 (LINEAR),
 * C.11.2.1.3 (LINEAR_EXACT, SIGMOID), the VOI LUT and Presentation LUT tables and C.7.6.3.1.5 (palette).
 */
class DisplayValuesTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final CpuRenderer CPU = new CpuRenderer(POOL);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** A one-voxel CT (slope 1, intercept -1024) holding modality value {@code hu}, rendered at its centre. */
    private static RenderedImage pixelOf(int hu, DisplayMapping display) {
        Volume v = Phantoms.axisAligned(1, 1, 1, 1, 1, 1, new PixelValues(1, -1024, true), (i, j, k) -> hu + 1024);
        return CPU.render(new ViewRequest(v, SlicePlane.nativeSlice(v.geometry(), 0), 1, 1, Interpolation.NEAREST, SlabMode.NONE, 0, display));
    }

    private static int grey(int hu, WindowLevel w) {
        return pixelOf(hu, DisplayMapping.window(w)).grey(0, 0);
    }

    @Test
    void linearWindow() {
        WindowLevel w = new WindowLevel(40, 400);
        assertThat(grey(-160, w)).isZero();      // x <= c - 0.5 - (w-1)/2 = -160
        assertThat(grey(-159, w)).isEqualTo(1);   // ((-159 - 39.5) / 399 + 0.5) * 255 = 0.64
        assertThat(grey(40, w)).isEqualTo(128);   // ((40 - 39.5) / 399 + 0.5) * 255 = 127.82
        assertThat(grey(239, w)).isEqualTo(255);  // 254.99, the last value inside
        assertThat(grey(100, w)).isEqualTo(166);  // ((100 - 39.5) / 399 + 0.5) * 255 = 166.17
    }

    @Test
    void linearExactWindow() {
        WindowLevel w = new WindowLevel(40, 400, VoiFunction.LINEAR_EXACT);
        assertThat(grey(-160, w)).isZero();      // x <= c - w/2
        assertThat(grey(-159, w)).isEqualTo(1);   // ((-159 - 40) / 400 + 0.5) * 255 = 0.6375
        assertThat(grey(40, w)).isEqualTo(128);   // 127.5 rounds up
        assertThat(grey(100, w)).isEqualTo(166);  // (60 / 400 + 0.5) * 255 = 165.75
        assertThat(grey(240, w)).isEqualTo(255);
        // widths below 1 are allowed and threshold at c +- w/2
        WindowLevel narrow = new WindowLevel(10, 0.5, VoiFunction.LINEAR_EXACT);
        assertThat(grey(9, narrow)).isZero();
        assertThat(grey(10, narrow)).isEqualTo(128);
        assertThat(grey(11, narrow)).isEqualTo(255);
    }

    @Test
    void sigmoidWindow() {
        WindowLevel w = new WindowLevel(40, 400, VoiFunction.SIGMOID);
        assertThat(grey(40, w)).isEqualTo(128);   // 255 / (1 + e^0) = 127.5
        assertThat(grey(140, w)).isEqualTo(186);  // 255 / (1 + e^-1) = 186.42
        assertThat(grey(-60, w)).isEqualTo(69);   // 255 / (1 + e^1) = 68.58
        assertThat(grey(1040, w)).isEqualTo(255); // 255 / (1 + e^-10) = 254.988
    }

    @Test
    void voiLutTableAndPresentationLuts() {
        // entries from -2: -2 -> 0, -1 -> 100, 0 -> 200, 1 -> 4095 (12 bits); outside: first or last entry
        VoiLut table = new VoiLut.Table(new LookupTable(-2, 12, new int[] {0, 100, 200, 4095}));
        assertThat(pixelOf(0, new DisplayMapping.Greyscale(table, PresentationLut.Shape.IDENTITY)).grey(0, 0)).isEqualTo(12); // 200/4095*255 = 12.45
        assertThat(pixelOf(-1, new DisplayMapping.Greyscale(table, PresentationLut.Shape.IDENTITY)).grey(0, 0)).isEqualTo(6);  // 6.23
        assertThat(pixelOf(-50, new DisplayMapping.Greyscale(table, PresentationLut.Shape.IDENTITY)).grey(0, 0)).isZero();
        assertThat(pixelOf(9, new DisplayMapping.Greyscale(table, PresentationLut.Shape.IDENTITY)).grey(0, 0)).isEqualTo(255);
        assertThat(pixelOf(0, new DisplayMapping.Greyscale(table, PresentationLut.Shape.INVERSE)).grey(0, 0)).isEqualTo(243); // 255 - 12.45 = 242.55
        // a presentation table of 3 entries: the VOI output 0..255 spread over them (0 -> entry 0, 127.5 -> entry 1, 255 -> entry 2)
        PresentationLut p = new PresentationLut.Table(new LookupTable(0, 8, new int[] {255, 10, 0}));
        WindowLevel w = new WindowLevel(40, 400);
        assertThat(pixelOf(-500, new DisplayMapping.Greyscale(w.transform(), p)).grey(0, 0)).isEqualTo(255);
        assertThat(pixelOf(40, new DisplayMapping.Greyscale(w.transform(), p)).grey(0, 0)).isEqualTo(10);
        assertThat(pixelOf(500, new DisplayMapping.Greyscale(w.transform(), p)).grey(0, 0)).isZero();
    }

    @Test
    void monochrome1IsThePresentationInverse() {
        ViewRequest base = new ViewRequest(Phantoms.axisAligned(1, 1, 1, 1, 1, 1, new PixelValues(1, -1024, true), (i, j, k) -> 1024 + 100),
                SlicePlane.nativeSlice(Phantoms.axisAligned(1, 1, 1, 1, 1, 1, PixelValues.SIGNED, (i, j, k) -> 0).geometry(), 0), 1, 1,
                Interpolation.NEAREST, SlabMode.NONE, 0, new WindowLevel(40, 400), true);
        assertThat(CPU.render(base).grey(0, 0)).isEqualTo(89); // 255 - 166.17 = 88.83
    }

    @Test
    void paletteWith16BitEntriesShowsTheHighByte() {
        Volume v = Phantoms.axisAligned(3, 1, 1, 1, 1, 1, PixelValues.UNSIGNED, (i, j, k) -> 4 + i);
        PaletteColorLut palette = new PaletteColorLut(new LookupTable(5, 16, new int[] {0xABCD, 0x1234}),
                new LookupTable(5, 16, new int[] {0x00FF, 0xFF00}), new LookupTable(5, 16, new int[] {0x8000, 0x7FFF}));
        RenderedImage image = CPU.render(new ViewRequest(v, SlicePlane.nativeSlice(v.geometry(), 0), 3, 1, Interpolation.NEAREST,
                SlabMode.NONE, 0, new DisplayMapping.Palette(palette)));
        assertThat(image.rgb(0, 0)).isEqualTo(0xAB0080); // 4 is below the first mapped value 5: the first entry
        assertThat(image.rgb(1, 0)).isEqualTo(0xAB0080);
        assertThat(image.rgb(2, 0)).isEqualTo(0x12FF7F);
    }

    @Test
    void perSliceRescaleIsAppliedBeforeInterpolatingBetweenSlices() {
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1, 1, 1, 2);
        Volume v = Volume.allocate(g, PixelValues.UNSIGNED);
        v.setSlice(0, new short[] {5}, new PixelValues(2, 10, false));   // 20
        v.setSlice(1, new short[] {100}, new PixelValues(0.5, 0, false)); // 50
        SlicePlane between = new SlicePlane(new Vec3(0, 0, 0.5), Vec3.LEFT, Vec3.POSTERIOR, 1, 1);
        ViewRequest r = ViewRequest.slice(v, between, 1, 1, Renderer.IDENTITY_8_BIT);
        assertThat(CPU.render(r).grey(0, 0)).isEqualTo(35); // (20 + 50) / 2, not the stored mean 52.5 rescaled
        assertThat(CPU.render(r.withSlab(SlabMode.MIP, 1.0)).grey(0, 0)).isEqualTo(50);
    }

    @Test
    void rgbVolumesKeepTheirSamples() {
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1, 2, 1, 1);
        RgbVolume rgb = new RgbVolume(Phantoms.filled(g, PixelValues.UNSIGNED, (i, j, k) -> 10 + i),
                Phantoms.filled(g, PixelValues.UNSIGNED, (i, j, k) -> 200), Phantoms.filled(g, PixelValues.UNSIGNED, (i, j, k) -> 255 * i));
        RenderedImage image = CPU.renderRgb(rgb, new ViewRequest(rgb.red(), SlicePlane.nativeSlice(g, 0), 2, 1, Interpolation.NEAREST,
                SlabMode.NONE, 0, Renderer.IDENTITY_8_BIT, false));
        assertThat(image.rgb(0, 0)).isEqualTo(10 << 16 | 200 << 8);
        assertThat(image.rgb(1, 0)).isEqualTo(11 << 16 | 200 << 8 | 255);
    }
}
