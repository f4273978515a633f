package org.lumen.viewer.qc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Value;

/**
 * One row of the tag browser: an element (tag, VR, keyword, value) or a sequence item, with its
 * children (a sequence's items, an item's elements).
 *
 * @param tag      "(gggg,eeee)", or "Item 1" for a sequence item
 * @param vr       the value representation, empty for an item
 * @param keyword  the dictionary keyword, or what kind of private/unknown element it is
 * @param value    the value as text (see {@link ElementText#value})
 * @param children items of a sequence, elements of an item
 */
public record TagNode(String tag, String vr, String keyword, String value, List<TagNode> children) {
    public TagNode {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(vr, "vr");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(value, "value");
        children = List.copyOf(children);
    }

    /** The elements of a data set, in tag order, sequences opened into items. */
    public static List<TagNode> of(DataSet dataSet) {
        List<TagNode> rows = new ArrayList<>(dataSet.size());
        for (DicomElement e : dataSet) {
            List<TagNode> items = new ArrayList<>();
            if (e.value() instanceof Value.Sequence s) {
                for (int i = 0; i < s.items().size(); i++) {
                    DataSet item = s.items().get(i);
                    items.add(new TagNode("Item " + (i + 1), "", "", item.size() + (item.size() == 1 ? " element" : " elements"), of(item)));
                }
            }
            rows.add(new TagNode(ElementText.tag(e.tag()), e.vr().name(), ElementText.keyword(e.tag()), ElementText.value(dataSet, e), items));
        }
        return rows;
    }

    /**
     * Whether this row itself matches a search: the tag written "(0010,0010)", "0010,0010" or
     * "00100010", or a part of the keyword or value, case-insensitive. A blank query matches everything.
     */
    public boolean matches(String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        String compactTag = tag.replaceAll("[(),]", "").toLowerCase(Locale.ROOT);
        String compactQuery = q.replaceAll("[(),\\s]", "");
        return !compactQuery.isEmpty() && compactTag.contains(compactQuery)
                || keyword.toLowerCase(Locale.ROOT).contains(q) || value.toLowerCase(Locale.ROOT).contains(q);
    }

    /**
     * The rows that match, with the path down to each match: a sequence whose item holds a match is
     * kept with that item and only the matching elements in it; a matching row keeps all its children.
     */
    public static List<TagNode> filter(List<TagNode> rows, String query) {
        List<TagNode> kept = new ArrayList<>();
        for (TagNode row : rows) {
            if (row.matches(query)) {
                kept.add(row);
            } else {
                List<TagNode> children = filter(row.children, query);
                if (!children.isEmpty()) {
                    kept.add(new TagNode(row.tag, row.vr, row.keyword, row.value, children));
                }
            }
        }
        return kept;
    }

    /** The row as one tab-separated line, children indented below it (what Copy puts on the clipboard). */
    public String copyText() {
        StringBuilder out = new StringBuilder();
        append(out, 0);
        return out.toString();
    }

    /** Several rows, one after the other, as {@link #copyText()}. */
    public static String copyText(List<TagNode> rows) {
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> r.append(out, 0));
        return out.toString();
    }

    private void append(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append(tag).append('\t').append(vr).append('\t').append(keyword).append('\t').append(value).append('\n');
        for (TagNode child : children) {
            child.append(out, depth + 1);
        }
    }
}
