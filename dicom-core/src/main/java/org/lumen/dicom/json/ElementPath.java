package org.lumen.dicom.json;

import java.util.ArrayList;
import java.util.List;

import org.lumen.dicom.Tag;

/**
 * Where an attribute lies in a data set: the tags of the sequences that lead to it with the index
 * of the item taken in each, then its own tag. {@code [0040A730, 2, 0040A160]} is (0040,A160) in
 * item 2 of (0040,A730).
 *
 * @param steps alternately tags and item indexes, starting and ending with a tag
 */
public record ElementPath(List<Integer> steps) {
    public ElementPath {
        steps = List.copyOf(steps);
        if (steps.size() % 2 != 1) {
            throw new IllegalArgumentException("a path alternates tags and item indexes and ends with a tag: " + steps);
        }
        for (int i = 1; i < steps.size(); i += 2) {
            if (steps.get(i) < 0) {
                throw new IllegalArgumentException("negative item index in " + steps);
            }
        }
    }

    /** An attribute of the top-level data set. */
    public static ElementPath of(int tag) {
        return new ElementPath(List.of(tag));
    }

    /** The path of attribute {@code tag} in item {@code index} of the sequence at this path. */
    public ElementPath child(int index, int tag) {
        List<Integer> longer = new ArrayList<>(steps);
        longer.add(index);
        longer.add(tag);
        return new ElementPath(longer);
    }

    /** The attribute's own tag. */
    public int tag() {
        return steps.get(steps.size() - 1);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(Tag.toHex(steps.get(0)));
        for (int i = 1; i < steps.size(); i += 2) {
            text.append('[').append(steps.get(i)).append("].").append(Tag.toHex(steps.get(i + 1)));
        }
        return text.toString();
    }
}
