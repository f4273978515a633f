package org.lumen.rendering.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VolumeGeometryTest {
    private static final double EPS = 1e-9;

    @Test
    void voxelToPatientPlacesVoxelCentresAndTheInverseUndoesIt() {
        double c = Math.cos(0.4);
        double s = Math.sin(0.4);
        Vec3 i = new Vec3(c, s, 0);
        Vec3 j = new Vec3(0, 0, -1);
        VolumeGeometry g = new VolumeGeometry(new Vec3(5, 6, 7), i, j, i.cross(j), 0.7, 0.6, 2.5, 64, 32, 16);
        Affine toPatient = g.voxelToPatient();
        Vec3 p = toPatient.transformPoint(new Vec3(3, 4, 5));
        assertThat(p.closeTo(new Vec3(5, 6, 7).plus(i.times(2.1)).plus(j.times(2.4)).plus(i.cross(j).times(12.5)), EPS)).isTrue();
        assertThat(g.patientToVoxel().transformPoint(p).closeTo(new Vec3(3, 4, 5), EPS)).isTrue();
        Affine identity = toPatient.then(g.patientToVoxel());
        for (int r = 0; r < 4; r++) {
            for (int col = 0; col < 4; col++) {
                assertThat(identity.get(r, col)).isCloseTo(r == col ? 1 : 0, org.assertj.core.data.Offset.offset(1e-12));
            }
        }
    }

    @Test
    void aShearedStackKeepsAnExactAffine() {
        // 15 degree gantry tilt: slice positions step along (0, sin, cos) while the normal is +z
        double t = Math.toRadians(15);
        Vec3 k = new Vec3(0, Math.sin(t), Math.cos(t));
        VolumeGeometry g = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, k, 1, 1, 3, 8, 8, 8);
        assertThat(g.isSheared()).isTrue();
        assertThat(g.voxelCenter(0, 0, 2).closeTo(k.times(6), EPS)).isTrue();
        assertThat(g.patientToVoxel().transformPoint(k.times(6)).closeTo(new Vec3(0, 0, 2), EPS)).isTrue();
        assertThat(g.sliceNormal().closeTo(Vec3.HEAD, EPS)).isTrue();
    }

    @Test
    void slicePlaneAndCentre() {
        VolumeGeometry g = new VolumeGeometry(new Vec3(-10, -10, 0), Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 0.5, 0.25, 2, 41, 81, 11);
        assertThat(g.center().closeTo(new Vec3(0, 0, 10), EPS)).isTrue();
        ImagePlane slice = g.slicePlane(3);
        assertThat(slice.position().closeTo(new Vec3(-10, -10, 6), EPS)).isTrue();
        assertThat(slice.rowSpacing()).isEqualTo(0.25);
        assertThat(slice.columnSpacing()).isEqualTo(0.5);
        assertThat(g.minSpacing()).isEqualTo(0.25);
        assertThat(g.isSheared()).isFalse();
    }

    @Test
    void rejectsDegenerateVolumes() {
        assertThatThrownBy(() -> new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.LEFT, 1, 1, 1, 2, 2, 2))
                .hasMessageContaining("coplanar");
        assertThatThrownBy(() -> new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 0, 2, 2, 2))
                .hasMessageContaining("spacings");
        assertThatThrownBy(() -> new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1, 0, 2, 2))
                .hasMessageContaining("size");
        assertThatThrownBy(() -> Affine.ofColumns(Vec3.LEFT, Vec3.LEFT, Vec3.HEAD, Vec3.ZERO).inverse()).hasMessageContaining("singular");
    }
}
