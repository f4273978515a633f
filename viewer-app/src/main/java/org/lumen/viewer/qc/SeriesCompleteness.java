package org.lumen.viewer.qc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.rendering.volume.SeriesVolumeBuilder;
import org.lumen.rendering.volume.StackLayout;
import org.lumen.rendering.volume.UnusableSeriesException;
import org.lumen.rendering.volume.VolumeFinding;
import org.lumen.viewer.text.Plural;

/**
 * Whether a series is complete and sound: instances the archive reports against instances received,
 * instances received twice, gaps and repeats in Instance Number, and the rendering module's geometry
 * findings (missing slices, duplicate positions, non-uniform spacing, gantry tilt, mixed orientations
 * or sizes, several frames of reference), each as a {@link QcFinding}. No JavaFX; any thread.
 *
 * @param series   the series checked
 * @param received distinct instances received (by SOP Instance UID)
 * @param findings what was found, errors first
 */
public record SeriesCompleteness(QcSeries series, int received, List<QcFinding> findings) {
    public SeriesCompleteness {
        Objects.requireNonNull(series, "series");
        findings = List.copyOf(findings);
    }

    /** Checks a series. */
    public static SeriesCompleteness check(QcSeries series) {
        List<QcFinding> found = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (QcSeries.Instance i : series.instances()) {
            String uid = i.header().getString(Tag.SOPInstanceUID, i.label());
            if (!uids.add(uid)) {
                repeated.add(uid);
            }
        }
        int received = uids.size();
        int reported = series.reportedInstances();
        if (reported >= 0 && received < reported) {
            found.add(new QcFinding(QcFinding.Severity.ERROR, "Instances missing", "the archive reports " + Plural.of(reported, "instance", "instances")
                    + ", " + Plural.of(received, "was", "were") + " received: " + (reported - received) + " missing"));
        } else if (reported >= 0 && received > reported) {
            found.add(new QcFinding(QcFinding.Severity.WARNING, "More instances than reported", "the archive reports " + Plural.of(reported, "instance", "instances")
                    + ", " + Plural.of(received, "was", "were") + " received"));
        }
        if (!repeated.isEmpty()) {
            found.add(new QcFinding(QcFinding.Severity.WARNING, "Instances received twice", Plural.of(repeated.size(), "file repeats", "files repeat")
                    + " an instance: " + firstFew(repeated)));
        }
        instanceNumbers(series, found);
        geometry(series, found);
        found.sort(java.util.Comparator.comparing(QcFinding::severity));
        return new SeriesCompleteness(series, received, found);
    }

    /** The archive's count, -1 when unknown. */
    public int reported() {
        return series.reportedInstances();
    }

    /** Whether any finding is an error or a warning. */
    public boolean hasProblems() {
        return findings.stream().anyMatch(f -> f.severity() != QcFinding.Severity.INFO);
    }

    /** "30 of 30 instances", "28 of 30 instances", or "28 instances (archive count unknown)". */
    public String countText() {
        return reported() >= 0 ? received + " of " + Plural.of(reported(), "instance", "instances")
                : Plural.of(received, "instance", "instances") + " (archive count unknown)";
    }

    private static void instanceNumbers(QcSeries series, List<QcFinding> found) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (QcSeries.Instance i : series.instances()) {
            i.header().getInt(Tag.InstanceNumber).ifPresent(n -> counts.merge(n, 1, Integer::sum));
        }
        if (counts.size() < 2) {
            return;
        }
        List<String> gaps = new ArrayList<>();
        int missing = 0;
        Integer previous = null;
        for (int n : counts.keySet()) {
            if (previous != null && n > previous + 1) {
                gaps.add(n - previous - 1 == 1 ? Integer.toString(previous + 1) : (previous + 1) + "\u2013" + (n - 1));
                missing += n - previous - 1;
            }
            previous = n;
        }
        if (!gaps.isEmpty()) {
            found.add(new QcFinding(QcFinding.Severity.WARNING, "Gaps in Instance Number", Plural.of(missing, "number", "numbers") + " between "
                    + counts.firstKey() + " and " + counts.lastKey() + (missing == 1 ? " is" : " are") + " absent: " + firstFew(gaps)));
        }
        List<String> twice = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey() + " (" + e.getValue() + "x)").toList();
        if (!twice.isEmpty()) {
            found.add(new QcFinding(QcFinding.Severity.WARNING, "Repeated Instance Number", firstFew(twice)));
        }
    }

    private static void geometry(QcSeries series, List<QcFinding> found) {
        List<DataSet> headers = series.instances().stream().map(QcSeries.Instance::header).toList();
        try {
            StackLayout layout = headers.size() == 1 && headers.get(0).getInt(Tag.NumberOfFrames, 1) > 1
                    ? SeriesVolumeBuilder.planFrames(headers.get(0))
                    : SeriesVolumeBuilder.planDataSets(headers);
            layout.findings().forEach(f -> found.add(of(f)));
        } catch (UnusableSeriesException e) {
            found.add(new QcFinding(QcFinding.Severity.WARNING, "No volume geometry", e.getMessage()));
            e.findings().forEach(f -> found.add(of(f)));
        }
    }

    /** A rendering finding as a QC finding. */
    static QcFinding of(VolumeFinding f) {
        QcFinding.Severity severity = switch (f.kind()) {
            case MISSING_SLICES, DUPLICATE_POSITIONS, SEVERAL_FRAMES_OF_REFERENCE, MIXED_ORIENTATIONS, MIXED_SIZES -> QcFinding.Severity.ERROR;
            case SINGLE_SLICE -> QcFinding.Severity.INFO;
            default -> QcFinding.Severity.WARNING;
        };
        String title = switch (f.kind()) {
            case NON_UNIFORM_SPACING -> "Non-uniform slice spacing";
            case MISSING_SLICES -> "Missing slices (gap in positions)";
            case DUPLICATE_POSITIONS -> "Duplicate slice positions";
            case GANTRY_TILT -> "Gantry tilt";
            case MIXED_ORIENTATIONS -> "Mixed orientations";
            case MIXED_SIZES -> "Mixed image sizes or spacing";
            case SEVERAL_FRAMES_OF_REFERENCE -> "Several frames of reference";
            case MISSING_GEOMETRY -> "Images without geometry";
            case MIXED_RESCALE -> "Mixed rescale";
            case SINGLE_SLICE -> "Single slice";
        };
        return new QcFinding(severity, title, f.message());
    }

    private static String firstFew(List<String> items) {
        return items.size() <= 5 ? String.join(", ", items) : String.join(", ", items.subList(0, 5)) + " and " + (items.size() - 5) + " more";
    }
}
