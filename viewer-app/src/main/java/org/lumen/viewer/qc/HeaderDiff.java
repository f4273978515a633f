package org.lumen.viewer.qc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Value;

/**
 * The side-by-side comparison of two headers: every element of either, sequences compared item by
 * item (a nested element's path reads "(0008,1140)[1] > (0008,1150)"), in tag order.
 */
public final class HeaderDiff {
    /** How an element compares. */
    public enum Kind { SAME, DIFFERENT, ONLY_LEFT, ONLY_RIGHT }

    /**
     * One compared element.
     *
     * @param path    tag, with the sequence path for nested elements
     * @param keyword dictionary keyword of the last tag
     * @param left    the value on the left, empty when absent
     * @param right   the value on the right, empty when absent
     * @param kind    how they compare
     */
    public record Row(String path, String keyword, String left, String right, Kind kind) {
        public Row {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(keyword, "keyword");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(kind, "kind");
        }

        public boolean same() {
            return kind == Kind.SAME;
        }
    }

    private HeaderDiff() {}

    /** Compares two headers; pixel data is compared by its length only (as the values read). */
    public static List<Row> compare(DataSet left, DataSet right) {
        Map<String, Cell> a = new LinkedHashMap<>();
        Map<String, Cell> b = new LinkedHashMap<>();
        flatten(left, "", a);
        flatten(right, "", b);
        TreeSet<String> paths = new TreeSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<Row> rows = new ArrayList<>(paths.size());
        for (String path : paths) {
            Cell l = a.get(path);
            Cell r = b.get(path);
            Kind kind = l == null ? Kind.ONLY_RIGHT : r == null ? Kind.ONLY_LEFT
                    : l.value.equals(r.value) ? Kind.SAME : Kind.DIFFERENT;
            rows.add(new Row(path, (l != null ? l : r).keyword, l == null ? "" : l.value, r == null ? "" : r.value, kind));
        }
        return rows;
    }

    /** The rows that differ (different, or present on one side only). */
    public static List<Row> differences(List<Row> rows) {
        return rows.stream().filter(r -> !r.same()).toList();
    }

    /**
     * The series-level header of a series: a copy of the first instance's top-level elements whose
     * values are the same in every instance (what differs per image, such as position or instance
     * number, is left out), for comparing two series.
     */
    public static DataSet commonHeader(List<DataSet> instances) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("no instances");
        }
        DataSet first = instances.get(0);
        DataSet common = new DataSet();
        for (DicomElement e : first) {
            String value = ElementText.value(first, e);
            boolean constant = instances.stream().allMatch(ds -> ds.get(e.tag()).map(o -> ElementText.value(ds, o).equals(value)).orElse(false));
            if (constant) {
                common.put(e);
            }
        }
        return common;
    }

    private record Cell(String keyword, String value) {}

    private static void flatten(DataSet ds, String prefix, Map<String, Cell> into) {
        for (DicomElement e : ds) {
            String path = prefix + ElementText.tag(e.tag());
            into.put(path, new Cell(ElementText.keyword(e.tag()), ElementText.value(ds, e)));
            if (e.value() instanceof Value.Sequence s) {
                for (int i = 0; i < s.items().size(); i++) {
                    flatten(s.items().get(i), path + "[" + (i + 1) + "] > ", into);
                }
            }
        }
    }
}
