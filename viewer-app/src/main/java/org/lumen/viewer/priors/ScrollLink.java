package org.lumen.viewer.priors;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Scroll synchronisation of two stacks by patient position: the linked slice of the target is the one
 * nearest, along the target's normal, to the source slice's position plus the offset between the two
 * frames of reference (0 within one frame, the user's {@link FrameOffsets} across two). Stacks that
 * are not parallel, or frames never aligned when {@code assumeSameTable} is off, are not linked.
 */
public final class ScrollLink {
    /** How a link was made, for the user. */
    public enum Basis {
        /** One frame of reference: patient coordinates compare directly. */
        SAME_FRAME,
        /** Two frames aligned by the user: the kept offset applies. */
        USER_OFFSET,
        /** Two frames never aligned: positions compared as they are (table position), until the user aligns. */
        UNALIGNED
    }

    /** The linked slice and how it was found. */
    public record Linked(int index, Basis basis, double offsetMm) {}

    private final FrameOffsets offsets;
    private final boolean assumeSameTable;

    /**
     * @param offsets the user's offsets between frames of reference
     * @param assumeSameTable whether frames never aligned are linked by their positions as they are
     */
    public ScrollLink(FrameOffsets offsets, boolean assumeSameTable) {
        this.offsets = Objects.requireNonNull(offsets, "offsets");
        this.assumeSameTable = assumeSameTable;
    }

    /** The slice of {@code to} linked to slice {@code index} of {@code from}, if the two can be linked. */
    public java.util.Optional<Linked> link(SliceStack from, int index, SliceStack to) {
        if (index < 0 || index >= from.size() || !from.parallelTo(to)) {
            return java.util.Optional.empty();
        }
        double position = from.positionAlong(to.normal(), index);
        Basis basis;
        double offset;
        var kept = offsets.get(from.frameOfReferenceUid(), to.frameOfReferenceUid());
        if (kept.isPresent()) {
            offset = kept.getAsDouble();
            basis = sameFrame(from, to) ? Basis.SAME_FRAME : Basis.USER_OFFSET;
        } else if (assumeSameTable) {
            offset = 0;
            basis = Basis.UNALIGNED;
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Linked(to.nearest(position + offset), basis, offset));
    }

    /** The slice of {@code to} linked to slice {@code index} of {@code from}, or empty. */
    public OptionalInt linkedIndex(SliceStack from, int index, SliceStack to) {
        return link(from, index, to).map(l -> OptionalInt.of(l.index())).orElse(OptionalInt.empty());
    }

    /**
     * Aligns the frames of the two stacks at the slices shown now: from then on slice {@code fromIndex}
     * of {@code from} links to slice {@code toIndex} of {@code to}. Returns the offset kept, in mm.
     */
    public double align(SliceStack from, int fromIndex, SliceStack to, int toIndex) {
        double offset = to.position(toIndex) - from.positionAlong(to.normal(), fromIndex);
        offsets.set(from.frameOfReferenceUid(), to.frameOfReferenceUid(), offset);
        return offset;
    }

    private static boolean sameFrame(SliceStack a, SliceStack b) {
        return !a.frameOfReferenceUid().isEmpty() && a.frameOfReferenceUid().equals(b.frameOfReferenceUid());
    }
}
