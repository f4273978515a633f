package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomElement;
import org.lumen.dicom.Tag;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/**
 * Asserts that two data sets hold the same decoded values though their byte orders and VR forms
 * differ: binary values are compared in little endian order (swapped by the width of the original
 * VR), a value padded to even length equals its odd original, and an empty sequence equals the empty
 * value an implicit VR reader sees where it cannot know the VR.
 */
final class Equivalence {
    private Equivalence() {}

    static void assertEquivalent(DataSet expected, DataSet actual, boolean compareVrs) throws IOException {
        assertEquivalent(expected, actual, compareVrs, "");
    }

    private static void assertEquivalent(DataSet expected, DataSet actual, boolean compareVrs, String path)
            throws IOException {
        assertThat(tags(actual)).as(path + " tags").containsExactlyElementsOf(tags(expected));
        for (DicomElement e : expected) {
            DicomElement a = actual.get(e.tag()).orElseThrow();
            String where = path + Tag.toString(e.tag());
            switch (e.value()) {
                case Value.Sequence sequence -> {
                    if (a.value() instanceof Value.Sequence other) {
                        assertThat(other.items()).as(where + " items").hasSameSizeAs(sequence.items());
                        for (int i = 0; i < sequence.items().size(); i++) {
                            assertEquivalent(sequence.items().get(i), other.items().get(i), compareVrs, where + "[" + i + "]");
                        }
                    } else {
                        assertThat(sequence.items()).as(where + " read back as " + a).isEmpty();
                        assertThat(a.value().length()).as(where).isZero();
                    }
                }
                case Value.Fragments fragments -> {
                    assertThat(a.value()).as(where).isInstanceOf(Value.Fragments.class);
                    List<Value> other = ((Value.Fragments) a.value()).fragments();
                    assertThat(other).as(where + " fragments").hasSameSizeAs(fragments.fragments());
                    for (int i = 0; i < other.size(); i++) {
                        assertSameBytes(littleEndian(fragments.fragments().get(i), VR.OB),
                                littleEndian(other.get(i), VR.OB), where + " fragment " + i);
                    }
                }
                default -> {
                    if (a.value() instanceof Value.Sequence || a.value() instanceof Value.Fragments) {
                        fail(where + " was " + e + ", read back as " + a);
                    }
                    assertSameBytes(littleEndian(e.value(), e.vr()), littleEndian(a.value(), e.vr()), where);
                    if (compareVrs && e.vr() != VR.UN && a.vr() != VR.UN) {
                        assertThat(a.vr()).as(where + " VR").isEqualTo(e.vr());
                    }
                }
            }
        }
    }

    private static List<Integer> tags(DataSet dataSet) {
        return dataSet.stream().map(DicomElement::tag).toList();
    }

    static byte[] littleEndian(Value value, VR vr) throws IOException {
        ByteOrder order;
        byte[] data;
        switch (value) {
            case Value.Bytes bytes -> {
                data = bytes.data();
                order = bytes.order();
            }
            case Value.Bulk bulk -> {
                data = bulk.data().read();
                order = bulk.order();
            }
            default -> throw new IllegalArgumentException("not a byte value: " + value);
        }
        if (order == ByteOrder.BIG_ENDIAN && ByteSwapping.width(vr) > 1) {
            data = data.clone();
            ByteSwapping.swap(data, data.length, ByteSwapping.width(vr));
        }
        return data;
    }

    private static void assertSameBytes(byte[] expected, byte[] actual, String where) {
        if ((expected.length & 1) == 1 && actual.length == expected.length + 1) {
            assertThat(Arrays.copyOf(actual, expected.length)).as(where + " (padded)").isEqualTo(expected);
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }
}
