package org.lumen.rendering.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.geometry.VolumeGeometry;

/** The planning steps of {@link SeriesVolumeBuilder}: grouping, sorting, spacing, findings. */
final class StackPlanner {
    /** Positions closer than this along the normal are duplicates, mm. */
    static final double DUPLICATE_MM = 0.01;
    /** A stack leaning more than this from its normal is sheared (gantry tilt), degrees. */
    static final double TILT_DEGREES = 0.05;

    private StackPlanner() {}

    static StackLayout plan(List<SliceHeader> headers, List<VolumeFinding> findings) throws UnusableSeriesException {
        List<Integer> used = new ArrayList<>();
        for (int n = 0; n < headers.size(); n++) {
            if (headers.get(n) != null) {
                used.add(n);
            }
        }
        if (used.isEmpty()) {
            throw new UnusableSeriesException("no image of the series has usable geometry", findings);
        }
        used = largestGroup(used, headers, (a, b) -> a.frameOfReferenceUid().equals(b.frameOfReferenceUid()),
                h -> h.frameOfReferenceUid().isEmpty() ? "(none)" : h.frameOfReferenceUid(),
                VolumeFinding.Kind.SEVERAL_FRAMES_OF_REFERENCE, "frames of reference", findings);
        used = largestGroup(used, headers, (a, b) -> SeriesVolumeBuilder.sameOrientation(a.plane(), b.plane()),
                h -> "row " + fmt(h.plane().rowDirection()) + " column " + fmt(h.plane().columnDirection()),
                VolumeFinding.Kind.MIXED_ORIENTATIONS, "orientations", findings);
        used = largestGroup(used, headers, SeriesVolumeBuilder::sameSize,
                h -> h.columns() + "x" + h.rows() + " at " + h.plane().rowSpacing() + "\\" + h.plane().columnSpacing() + " mm",
                VolumeFinding.Kind.MIXED_SIZES, "sizes", findings);

        SliceHeader first = headers.get(used.get(0));
        Vec3 normal = first.plane().normal();
        used.sort(Comparator.comparingDouble(n -> headers.get(n).plane().distanceAlongNormal(normal)));
        used = dropDuplicates(used, headers, normal, findings);
        checkRescale(used, headers, first, findings);

        int[] sliceOfInput = new int[headers.size()];
        Arrays.fill(sliceOfInput, -1);
        SliceHeader base = headers.get(used.get(0));
        if (used.size() == 1) {
            findings.add(new VolumeFinding(VolumeFinding.Kind.SINGLE_SLICE, "the series has one usable image; 1 mm slice distance assumed"));
            sliceOfInput[used.get(0)] = 0;
            VolumeGeometry g = VolumeGeometry.ofStack(base.plane(), normal, 1, base.columns(), base.rows(), 1);
            return new StackLayout(g, base.values(), sliceOfInput, new double[] {0}, findings);
        }
        double[] d = used.stream().mapToDouble(n -> headers.get(n).plane().distanceAlongNormal(normal)).toArray();
        int[] slot = SliceSpacing.slots(d, findings);
        int last = slot[slot.length - 1];
        for (int m = 0; m < used.size(); m++) {
            sliceOfInput[used.get(m)] = slot[m];
        }
        Vec3 firstPos = base.plane().position();
        Vec3 span = headers.get(used.get(used.size() - 1)).plane().position().minus(firstPos);
        Vec3 kAxis = normal;
        double kSpacing = (d[d.length - 1] - d[0]) / last;
        double tilt = Math.toDegrees(Math.acos(Math.min(1, span.normalized().dot(normal))));
        if (tilt > TILT_DEGREES) {
            kAxis = span.normalized();
            kSpacing = span.length() / last;
            findings.add(new VolumeFinding(VolumeFinding.Kind.GANTRY_TILT, String.format(Locale.ROOT,
                    "the slices step at %.2f degrees to their normal (Gantry/Detector Tilt %.2f); the volume is sheared to match",
                    tilt, base.gantryTiltDegrees())));
        }
        VolumeGeometry g = VolumeGeometry.ofStack(base.plane(), kAxis, kSpacing, base.columns(), base.rows(), last + 1);
        return new StackLayout(g, base.values(), sliceOfInput, SliceSpacing.positions(d, slot), findings);
    }

    private static List<Integer> largestGroup(List<Integer> used, List<SliceHeader> headers, BiPredicate<SliceHeader, SliceHeader> same,
                                              Function<SliceHeader, String> describe, VolumeFinding.Kind kind, String what,
                                              List<VolumeFinding> findings) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int n : used) {
            List<Integer> home = null;
            for (List<Integer> g : groups) {
                if (same.test(headers.get(g.get(0)), headers.get(n))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(n);
        }
        if (groups.size() == 1) {
            return used;
        }
        List<Integer> largest = groups.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        List<String> parts = groups.stream().map(g -> describe.apply(headers.get(g.get(0))) + " (" + count(g.size(), "image", "images") + ")").toList();
        findings.add(new VolumeFinding(kind, "the images have " + groups.size() + " " + what + ": " + String.join(", ", parts)
                + "; using " + describe.apply(headers.get(largest.get(0))) + ", " + count(used.size() - largest.size(), "image", "images") + " left out"));
        return new ArrayList<>(largest);
    }

    private static List<Integer> dropDuplicates(List<Integer> sorted, List<SliceHeader> headers, Vec3 normal, List<VolumeFinding> findings) {
        List<Integer> kept = new ArrayList<>();
        List<String> where = new ArrayList<>();
        double previous = Double.NaN;
        for (int n : sorted) {
            double d = headers.get(n).plane().distanceAlongNormal(normal);
            if (!kept.isEmpty() && Math.abs(d - previous) < DUPLICATE_MM) {
                where.add(String.format(Locale.ROOT, "image %d at %.3f mm", n, d));
                continue;
            }
            kept.add(n);
            previous = d;
        }
        if (!where.isEmpty()) {
            findings.add(new VolumeFinding(VolumeFinding.Kind.DUPLICATE_POSITIONS, count(where.size(), "image repeats", "images repeat")
                    + " the position of another and " + (where.size() == 1 ? "was" : "were") + " left out (the first of each position is used): " + firstFew(where)));
        }
        return kept;
    }

    private static void checkRescale(List<Integer> used, List<SliceHeader> headers, SliceHeader first, List<VolumeFinding> findings) {
        long signedness = used.stream().filter(n -> headers.get(n).values().signed() != first.values().signed()).count();
        long rescale = used.stream().filter(n -> headers.get(n).values().signed() == first.values().signed()
                && !headers.get(n).values().equals(first.values())).count();
        if (signedness > 0) {
            findings.add(new VolumeFinding(VolumeFinding.Kind.MIXED_RESCALE, count(signedness, "image has", "images have") + " another signedness than "
                    + first.values() + "; the volume reads their values as the first image's"));
        }
        if (rescale > 0) {
            findings.add(new VolumeFinding(VolumeFinding.Kind.MIXED_RESCALE, count(rescale, "image has", "images have") + " another rescale than "
                    + first.values() + "; each slice keeps its own (Volume.sliceValues)"));
        }
    }

    /** A count with its noun (and verb) in the right number: "1 image has", "3 images have". */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String firstFew(List<String> items) {
        return items.size() <= 5 ? String.join("; ", items) : String.join("; ", items.subList(0, 5)) + "; and " + (items.size() - 5) + " more";
    }

    static String fmt(Vec3 v) {
        return String.format(Locale.ROOT, "(%.4f, %.4f, %.4f)", v.x(), v.y(), v.z());
    }
}
