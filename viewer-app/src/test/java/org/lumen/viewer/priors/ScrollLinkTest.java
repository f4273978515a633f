package org.lumen.viewer.priors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lumen.rendering.geometry.Vec3;

class ScrollLinkTest {
    private static final double[] AXIAL = {1, 0, 0, 0, 1, 0};

    /** An axial stack of {@code count} slices from {@code z0} every {@code spacing} mm (negative: head first). */
    static SliceStack axial(String frame, double z0, double spacing, int count) {
        List<Vec3> origins = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            origins.add(new Vec3(-100, -120, z0 + i * spacing));
        }
        return SliceStack.of(frame, AXIAL, origins);
    }

    @Test
    void withinOneFrameTheLinkedSliceIsTheNearestInPositionAcrossSpacings() {
        SliceStack fine = axial("1.2.3", 0, 1.0, 101);     // z = 0 .. 100, 1.0 mm
        SliceStack coarse = axial("1.2.3", 0, 2.5, 41);    // z = 0 .. 100, 2.5 mm
        ScrollLink link = new ScrollLink(new FrameOffsets(), false);
        for (int i = 0; i < fine.size(); i++) {
            int linked = link.linkedIndex(fine, i, coarse).orElseThrow();
            double distance = Math.abs(coarse.position(linked) - fine.position(i));
            assertThat(distance).as("fine slice %d", i).isLessThanOrEqualTo(1.25 + 1e-9);
            for (int j = 0; j < coarse.size(); j++) {
                assertThat(Math.abs(coarse.position(j) - fine.position(i))).isGreaterThanOrEqualTo(distance - 1e-9);
            }
        }
        assertThat(link.linkedIndex(fine, 50, coarse)).hasValue(20);  // z 50.0 -> 50.0
        assertThat(link.linkedIndex(fine, 51, coarse)).hasValue(20);  // z 51.0 -> 50.0 (52.5 is farther)
        assertThat(link.linkedIndex(fine, 52, coarse)).hasValue(21);  // z 52.0 -> 52.5
        assertThat(link.linkedIndex(coarse, 21, fine)).hasValue(52);  // z 52.5 -> 52 (first of 52 and 53)
        assertThat(link.link(fine, 52, coarse).orElseThrow().basis()).isEqualTo(ScrollLink.Basis.SAME_FRAME);
    }

    @Test
    void reversedSliceOrderAndPositionsOutsideTheOtherStackClampToItsEnds() {
        SliceStack feetFirst = axial("F", 100, -1.0, 101);  // z = 100 .. 0
        SliceStack shortStack = axial("F", 40, 2.5, 9);     // z = 40 .. 60
        ScrollLink link = new ScrollLink(new FrameOffsets(), false);
        assertThat(link.linkedIndex(feetFirst, 50, shortStack)).hasValue(4);   // z 50
        assertThat(link.linkedIndex(feetFirst, 0, shortStack)).hasValue(8);    // z 100 -> last (60)
        assertThat(link.linkedIndex(feetFirst, 100, shortStack)).hasValue(0);  // z 0 -> first (40)
        assertThat(link.linkedIndex(shortStack, 4, feetFirst)).hasValue(50);
    }

    @Test
    void acrossFramesTheUsersOffsetIsKeptInBothDirections() {
        SliceStack current = axial("A", 0, 1.0, 101);       // this year: z 0..100
        SliceStack prior = axial("B", 500, 2.5, 41);        // last year, another table: z 500..600
        FrameOffsets offsets = new FrameOffsets();
        ScrollLink strict = new ScrollLink(offsets, false);
        assertThat(strict.linkedIndex(current, 10, prior)).isEmpty();
        // The user shows the same anatomy in both (current z 20, prior z 525) and aligns once.
        assertThat(strict.align(current, 20, prior, 10)).isEqualTo(505.0);
        assertThat(strict.linkedIndex(current, 20, prior)).hasValue(10);
        assertThat(strict.linkedIndex(current, 30, prior)).hasValue(14);    // z 30 + 505 = 535 -> 535
        assertThat(strict.linkedIndex(current, 31, prior)).hasValue(14);    // 536 -> 535
        assertThat(strict.linkedIndex(prior, 14, current)).hasValue(30);    // 535 - 505 = 30
        assertThat(strict.link(current, 30, prior).orElseThrow().basis()).isEqualTo(ScrollLink.Basis.USER_OFFSET);
        offsets.clear("A", "B");
        assertThat(strict.linkedIndex(current, 30, prior)).isEmpty();
    }

    @Test
    void unalignedFramesLinkByTablePositionOnlyWhenAsked() {
        SliceStack current = axial("A", 0, 1.0, 101);
        SliceStack prior = axial("B", 0, 2.5, 41);
        ScrollLink.Linked linked = new ScrollLink(new FrameOffsets(), true).link(current, 40, prior).orElseThrow();
        assertThat(linked.index()).isEqualTo(16);
        assertThat(linked.basis()).isEqualTo(ScrollLink.Basis.UNALIGNED);
    }

    @Test
    void planesThatAreNotParallelAreNotLinked() {
        SliceStack axial = axial("A", 0, 1.0, 10);
        SliceStack sagittal = SliceStack.of("A", new double[] {0, 1, 0, 0, 0, -1},
                List.of(new Vec3(0, 0, 0), new Vec3(1, 0, 0)));
        assertThat(new ScrollLink(new FrameOffsets(), true).linkedIndex(axial, 3, sagittal)).isEmpty();
    }

    @Test
    void badOrientationIsRefusedWithAReason() {
        assertThatThrownBy(() -> SliceStack.of("A", new double[] {1, 0, 0}, List.of(Vec3.ZERO)))
                .hasMessageContaining("6 values");
        assertThatThrownBy(() -> SliceStack.of("A", new double[] {1, 0, 0, 1, 0, 0}, List.of(Vec3.ZERO)))
                .hasMessageContaining("parallel");
    }

    @Test
    void zoomKeepsTheSameSizeForAMillimetre() {
        assertThat(ZoomLink.linkedScale(2.0, 0.5, 0.8)).isEqualTo(3.2);
        assertThat(ZoomLink.linkedScale(0, 0.5, 0.8)).isZero();
        assertThatThrownBy(() -> ZoomLink.linkedScale(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
