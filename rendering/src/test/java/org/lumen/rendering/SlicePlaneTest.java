package org.lumen.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.geometry.OrientationLabels;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;

class SlicePlaneTest {
    @Test
    void pixelCentresAreSymmetricAboutTheCentre() {
        SlicePlane p = SlicePlane.axial(new Vec3(1, 2, 3), 0.5);
        assertThat(p.pixelCenter(4, 2, 0, 0)).isEqualTo(new Vec3(1 - 0.75, 2 - 0.25, 3));
        assertThat(p.pixelCenter(3, 3, 1, 1)).isEqualTo(new Vec3(1, 2, 3));
    }

    @Test
    void nativeSlicePixelsFallOnVoxelCentres() {
        VolumeGeometry g = new VolumeGeometry(new Vec3(5, 5, 5), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.5, 0.8, 2, 6, 5, 3);
        SlicePlane p = SlicePlane.nativeSlice(g, 2);
        assertThat(p.pixelCenter(6, 5, 4, 3).closeTo(g.voxelCenter(4, 3, 2), 1e-12)).isTrue();
    }

    @Test
    void rotationAndFlipsMoveTheOrientationLabels() {
        SlicePlane axial = SlicePlane.axial(Vec3.ZERO, 1);
        SlicePlane turned = axial.rotated(Math.PI / 2); // clockwise: the patient's left moves from the right edge to the bottom
        assertThat(OrientationLabels.edges(turned.rowDirection(), turned.columnDirection()))
                .isEqualTo(new OrientationLabels.EdgeLabels("P", "A", "R", "L"));
        SlicePlane mirrored = axial.flippedHorizontally();
        assertThat(OrientationLabels.edges(mirrored.rowDirection(), mirrored.columnDirection()).left()).isEqualTo("L");
        assertThat(axial.flippedVertically().columnDirection().closeTo(new Vec3(0, -1, 0), 0)).isTrue();
    }

    @Test
    void zoomPanAndMove() {
        SlicePlane p = SlicePlane.axial(Vec3.ZERO, 1).zoomed(4);
        assertThat(p.pixelWidthMm()).isEqualTo(0.25);
        assertThat(p.panned(8, -4).center()).isEqualTo(new Vec3(-2, 1, 0));
        assertThat(p.moved(3).center()).isEqualTo(new Vec3(0, 0, 3));
    }

    @Test
    void slabSamplingStepsAtMostHalfTheSmallestSpacing() {
        Volume v = Volume.allocate(new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.8, 0.8, 3, 2, 2, 2), PixelValues.SIGNED);
        ViewRequest r = ViewRequest.slice(v, SlicePlane.axial(Vec3.ZERO, 1), 2, 2, new WindowLevel(0, 100));
        assertThat(r.slabSampling()).isEqualTo(new SlabSampling(1, 0, 0));
        assertThat(r.withSlab(SlabMode.NONE, 10).slabSampling().count()).isEqualTo(1);
        SlabSampling s = r.withSlab(SlabMode.MIP, 10).slabSampling();
        assertThat(s.count()).isEqualTo(26); // ceil(10 / 0.4) + 1
        assertThat(s.stepMm()).isEqualTo(0.4);
        assertThat(s.firstOffsetMm()).isEqualTo(-5);
    }

    @Test
    void fittedToShowsTheWholeVolume() {
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.5, 0.5, 2, 200, 100, 30);
        // coronal: 100 mm wide (x) and 60 mm high (z); a 400x300 view is limited by the width: 0.25 mm pixels
        SlicePlane coronal = SlicePlane.coronal(Vec3.ZERO, 1).fittedTo(g, 400, 300);
        assertThat(coronal.pixelWidthMm()).isEqualTo(0.25);
        assertThat(coronal.pixelHeightMm()).isEqualTo(0.25);
        assertThat(coronal.center().closeTo(new Vec3(49.75, 24.75, 29), 1e-9)).isTrue();
        assertThat(SlicePlane.axial(Vec3.ZERO, 1).fittedTo(g, 100, 100).pixelWidthMm()).isEqualTo(1.0);
    }

    @Test
    void renderedImagesBecomeOpaqueBgra() {
        RenderedImage img = new RenderedImage(2, 1, new byte[] {7, (byte) 200});
        java.nio.ByteBuffer bgra = java.nio.ByteBuffer.allocate(8);
        img.writeBgra(bgra);
        assertThat(bgra.array()).containsExactly(7, 7, 7, -1, -56, -56, -56, -1);
        assertThat(img.grey(1, 0)).isEqualTo(200);
    }
}
