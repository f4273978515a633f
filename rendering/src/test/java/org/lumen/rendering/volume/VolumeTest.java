package org.lumen.rendering.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;

class VolumeTest {
    private static final VolumeGeometry G = new VolumeGeometry(Vec3.ZERO, Vec3.LEFT, Vec3.POSTERIOR, Vec3.HEAD, 1, 1, 1, 3, 2, 4);

    @Test
    void aPartialVolumeReadsPaddingUntilSlicesArrive() {
        Volume v = Volume.allocate(G, PixelValues.SIGNED);
        assertThat(v.state(1)).isEqualTo(SliceState.PENDING);
        assertThat(v.stored(0, 0, 1)).isEqualTo(Short.MIN_VALUE);
        long before = v.version();
        v.setSlice(1, new short[] {1, 2, 3, 4, 5, 6});
        assertThat(v.version()).isGreaterThan(before);
        assertThat(v.state(1)).isEqualTo(SliceState.LOADED);
        assertThat(v.stored(2, 1, 1)).isEqualTo(6);
        assertThat(v.loadedCount()).isEqualTo(1);
        v.markGap(3);
        assertThat(v.state(3)).isEqualTo(SliceState.GAP);
        assertThatThrownBy(() -> v.markGap(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsWrongSliceSizesAndIndices() {
        Volume v = Volume.allocate(G, PixelValues.UNSIGNED);
        assertThatThrownBy(() -> v.setSlice(0, new short[5])).hasMessageContaining("5 values, expected 6");
        assertThatThrownBy(() -> v.setSlice(4, new short[6])).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(v.stored(0, 0, 0)).isZero();
    }

    @Test
    void rescaleMapsStoredToModalityValues() {
        PixelValues ct = new PixelValues(1, -1024, false);
        assertThat(ct.modality(1000)).isEqualTo(-24);
        assertThatThrownBy(() -> new PixelValues(0, 0, false)).hasMessageContaining("slope");
    }
}
