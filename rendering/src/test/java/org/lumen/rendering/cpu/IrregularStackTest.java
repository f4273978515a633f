package org.lumen.rendering.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lumen.rendering.Interpolation;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.geometry.ImagePlane;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.SeriesVolumeBuilder;
import org.lumen.rendering.volume.SliceHeader;
import org.lumen.rendering.volume.Volume;
import org.lumen.rendering.volume.VolumeFinding;

class IrregularStackTest {
    private static final double[] Z = {0, 2, 4.4, 6.4, 8};
    private final ForkJoinPool pool = new ForkJoinPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A stack whose slices lie at {@link #Z} mm and hold the value 10 z everywhere. */
    static SeriesVolumeBuilder.Assembled stack() throws Exception {
        List<SeriesVolumeBuilder.SliceInput> inputs = new ArrayList<>();
        for (double z : Z) {
            ImagePlane plane = new ImagePlane(new Vec3(0, 0, z), Vec3.LEFT, Vec3.POSTERIOR, 1, 1);
            short[] stored = new short[16];
            Arrays.fill(stored, (short) Math.round(10 * z));
            inputs.add(new SeriesVolumeBuilder.SliceInput(new SliceHeader(plane, 4, 4, "1.2.3", 0, PixelValues.UNSIGNED), stored));
        }
        return SeriesVolumeBuilder.assemble(inputs);
    }

    @Test
    void eachSliceIsShownAtItsOwnPosition() throws Exception {
        SeriesVolumeBuilder.Assembled assembled = stack();
        Volume v = assembled.volume();
        assertThat(assembled.layout().has(VolumeFinding.Kind.NON_UNIFORM_SPACING)).isTrue();
        assertThat(assembled.layout().findings().get(0).message()).contains("each slice is shown at its own position");
        assertThat(v.isRegular()).isFalse();
        assertThat(v.geometry().kSpacing()).isEqualTo(2.0);
        assertThat(v.slicePositions()).containsExactly(0, 1, 2.2, 3.2, 4);
        assertThat(v.sliceIndexAt(2.7)).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-12));

        // a coronal reslice, 0.1 mm pixels from z = 9 down to z = -1: the value must be 10 z wherever z is inside
        SlicePlane coronal = new SlicePlane(new Vec3(1.5, 1.5, 4), Vec3.LEFT, Vec3.HEAD.negated(), 0.5, 0.1);
        RenderedImage img = new CpuRenderer(pool).render(ViewRequest.slice(v, coronal, 6, 100, new WindowLevel(128, 256)));
        int checked = 0;
        for (int y = 0; y < 100; y++) {
            double z = coronal.pixelCenter(6, 100, 2, y).z();
            if (z >= 0 && z <= 8) {
                assertThat(Math.abs(img.grey(2, y) - 10 * z)).as("z = %.2f", z).isLessThanOrEqualTo(0.5 + 1e-9);
                checked++;
            } else if (z < -1.1 || z > 9.1) {
                assertThat(img.grey(2, y)).isZero();
            }
        }
        assertThat(checked).isEqualTo(80);
    }

    @Test
    void nearestPicksTheSliceNearestInMillimetres() throws Exception {
        Volume v = stack().volume();
        // z = 5.3 mm is nearer to 4.4 (0.9) than to 6.4 (1.1), although on the regular grid it would round to 6.4
        SlicePlane axial = SlicePlane.axial(new Vec3(1.5, 1.5, 5.3), 1);
        RenderedImage img = new CpuRenderer(pool).render(ViewRequest.slice(v, axial, 4, 4, new WindowLevel(128, 256))
                .withInterpolation(Interpolation.NEAREST));
        assertThat(img.grey(1, 1)).isEqualTo(44);
    }
}
