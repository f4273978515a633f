package org.lumen.dicom.codec.j2k;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

class TilePartCountsTest {
    /** SOC, a bare SIZ-like segment, then two tile-parts of tile 0 each claiming {@code declared} parts, then EOC. */
    private static byte[] stream(int declared) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51, 0, 4, 1, 2});
        for (int part = 0; part < 2; part++) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0x90, 0, 10, 0, 0, 0, 0, 0, 16, (byte) part, (byte) declared,
                    (byte) 0xFF, (byte) 0x93, 0, 0});
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    @Test
    void leavesConsistentCountsAlone() {
        byte[] ok = stream(2);
        assertThat(TilePartCounts.repair(ok)).isSameAs(ok);
        byte[] unknown = stream(0);
        assertThat(TilePartCounts.repair(unknown)).isSameAs(unknown);
    }

    @Test
    void raisesUnderstatedCountsToTheTilePartsPresent() {
        byte[] bad = stream(1);
        byte[] fixed = TilePartCounts.repair(bad);
        assertThat(fixed).isNotSameAs(bad);
        assertThat(fixed[8 + 11]).isEqualTo((byte) 2);
        assertThat(fixed[8 + 16 + 11]).isEqualTo((byte) 2);
        assertThat(bad[8 + 11]).as("input untouched").isEqualTo((byte) 1);
    }
}
