package org.lumen.dicom;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.lumen.dicom.charset.SpecificCharacterSet;

/**
 * An ordered set of attributes, as in a file, a sequence item or a DICOM JSON object. Attributes are
 * kept in ascending (unsigned) tag order. Values keep the bytes and byte order they were read with;
 * the typed getters interpret them, decoding text with the Specific Character Set of this data set
 * or, for a sequence item without one, of the data set that holds the sequence.
 *
 * <p>Not thread-safe: a data set is built by one thread and may then be shared read-only.
 */
public final class DataSet implements Iterable<DicomElement> {
    private final TreeMap<Integer, DicomElement> elements = new TreeMap<>(Integer::compareUnsigned);
    private DataSet parent;

    public DataSet() {}

    // ---------------------------------------------------------------- structure

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    public boolean contains(int tag) {
        return elements.containsKey(tag);
    }

    public Optional<DicomElement> get(int tag) {
        return Optional.ofNullable(elements.get(tag));
    }

    /** Adds or replaces an attribute; returns the one it replaced, if any. */
    public Optional<DicomElement> put(DicomElement element) {
        Objects.requireNonNull(element, "element");
        if (element.value() instanceof Value.Sequence sequence) {
            for (DataSet item : sequence.items()) {
                item.parent = this;
            }
        }
        return Optional.ofNullable(elements.put(element.tag(), element));
    }

    public Optional<DicomElement> put(int tag, VR vr, Value value) {
        return put(new DicomElement(tag, vr, value));
    }

    public Optional<DicomElement> remove(int tag) {
        return Optional.ofNullable(elements.remove(tag));
    }

    @Override
    public Iterator<DicomElement> iterator() {
        return Collections.unmodifiableCollection(elements.values()).iterator();
    }

    public Stream<DicomElement> stream() {
        return elements.values().stream();
    }

    public Collection<DicomElement> elements() {
        return Collections.unmodifiableCollection(elements.values());
    }

    /** The data set whose sequence holds this one as an item, if any. */
    public Optional<DataSet> parent() {
        return Optional.ofNullable(parent);
    }

    /** The character set for this data set's text: its own (0008,0005), else its parent's, else the default. */
    public SpecificCharacterSet characterSet() {
        DicomElement own = elements.get(Tag.SpecificCharacterSet);
        if (own != null && own.value() instanceof Value.Bytes bytes) {
            return SpecificCharacterSet.of(new String(bytes.data(), StandardCharsets.ISO_8859_1));
        }
        return parent != null ? parent.characterSet() : SpecificCharacterSet.DEFAULT;
    }

    /** A deep copy: values are immutable and shared, sequences and items are copied. */
    public DataSet copy() {
        DataSet copy = new DataSet();
        for (DicomElement element : elements.values()) {
            if (element.value() instanceof Value.Sequence sequence) {
                copy.put(element.tag(), element.vr(),
                        new Value.Sequence(sequence.items().stream().map(DataSet::copy).toList()));
            } else {
                copy.put(element);
            }
        }
        return copy;
    }

    // ---------------------------------------------------------------- strings

    /** The first value of a string attribute, without padding; empty when absent or empty. */
    public Optional<String> getString(int tag) {
        List<String> values = getStrings(tag);
        return values.isEmpty() || values.get(0).isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public String getString(int tag, String fallback) {
        return getString(tag).orElse(fallback);
    }

    /**
     * All values of an attribute as text: string VRs are decoded (with the character set for the VRs
     * it applies to), split at backslashes (not for ST, LT, UT, UR) and stripped of their padding;
     * binary numeric VRs are formatted as decimal numbers; AT as eight hex digits.
     */
    public List<String> getStrings(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || !(element.value() instanceof Value.Bytes bytes) || bytes.data().length == 0) {
            return List.of();
        }
        VR vr = element.vr();
        if (vr.isString()) {
            String text = characterSet().decode(bytes.data(), vr);
            if (vr.kind() == VR.Kind.TEXT) {
                return List.of(stripTrailing(text, vr));
            }
            String[] parts = text.split("\\\\", -1);
            List<String> values = new ArrayList<>(parts.length);
            for (String part : parts) {
                values.add(vr == VR.PN || vr == VR.UC ? stripTrailing(part, vr) : strip(part));
            }
            return List.copyOf(values);
        }
        if (vr == VR.AT) {
            return Arrays.stream(getInts(tag)).mapToObj(Tag::toHex).toList();
        }
        if (vr == VR.FL || vr == VR.FD || vr == VR.OF || vr == VR.OD) {
            return Arrays.stream(getDoubles(tag)).mapToObj(DataSet::formatDouble).toList();
        }
        if (vr == VR.SV || vr == VR.UV || vr == VR.OV) {
            return Arrays.stream(getLongs(tag)).mapToObj(v -> vr == VR.SV ? Long.toString(v) : Long.toUnsignedString(v)).toList();
        }
        if (vr.isBinary() && vr.bytesPerValue() > 1) {
            return Arrays.stream(getInts(tag)).mapToObj(v -> vr == VR.UL || vr == VR.OL
                    ? Integer.toUnsignedString(v) : Integer.toString(v)).toList();
        }
        return List.of();
    }

    private static String formatDouble(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == 0)) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String stripTrailing(String s, VR vr) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == 0)) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Sets a string attribute; values are joined with backslashes and padded to even length. */
    public DataSet setString(int tag, VR vr, String... values) {
        if (!vr.isString()) {
            throw new IllegalArgumentException(vr + " is not a string VR");
        }
        String joined = String.join("\\", values);
        SpecificCharacterSet charset = tag == Tag.SpecificCharacterSet ? SpecificCharacterSet.DEFAULT : characterSet();
        byte[] encoded = charset.encode(joined, vr);
        put(tag, vr, Value.Bytes.of(padToEven(encoded, vr)));
        return this;
    }

    static byte[] padToEven(byte[] bytes, VR vr) {
        if ((bytes.length & 1) == 0) {
            return bytes;
        }
        byte[] padded = Arrays.copyOf(bytes, bytes.length + 1);
        padded[bytes.length] = (byte) vr.paddingByte();
        return padded;
    }

    // ---------------------------------------------------------------- numbers

    /** The first value as an int: IS and DS text, or US, SS, UL, SL, AT binary. */
    public OptionalInt getInt(int tag) {
        int[] values = getInts(tag);
        return values.length == 0 ? OptionalInt.empty() : OptionalInt.of(values[0]);
    }

    public int getInt(int tag, int fallback) {
        return getInt(tag).orElse(fallback);
    }

    /** All values as ints; text that is not a number is skipped. US and UL are unsigned (UL wraps above 2^31-1). */
    public int[] getInts(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || !(element.value() instanceof Value.Bytes bytes)) {
            return new int[0];
        }
        VR vr = element.vr();
        if (vr.isString()) {
            List<String> texts = getStrings(tag);
            int[] parsed = new int[texts.size()];
            int n = 0;
            for (String s : texts) {
                try {
                    parsed[n] = vr == VR.DS ? (int) Math.round(Double.parseDouble(s)) : Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
                    n++;
                } catch (NumberFormatException e) {
                    // not a number (or empty): skipped, as the javadoc says
                }
            }
            return Arrays.copyOf(parsed, n);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes.data()).order(bytes.order());
        return switch (vr) {
            case US, OW -> intsOf(buffer, 2, b -> b.getShort() & 0xFFFF);
            case SS -> intsOf(buffer, 2, ByteBuffer::getShort);
            case UL, SL, OL -> intsOf(buffer, 4, ByteBuffer::getInt);
            case AT -> intsOf(buffer, 4, b -> (b.getShort() & 0xFFFF) << 16 | (b.getShort() & 0xFFFF));
            case OB, UN -> intsOf(buffer, 1, b -> b.get() & 0xFF);
            case FL, FD, OF, OD, SV, UV, OV -> Arrays.stream(getDoubles(tag)).mapToInt(d -> (int) d).toArray();
            default -> new int[0];
        };
    }

    private interface IntReader {
        int read(ByteBuffer buffer);
    }

    private static int[] intsOf(ByteBuffer buffer, int width, IntReader reader) {
        int[] values = new int[buffer.remaining() / width];
        for (int i = 0; i < values.length; i++) {
            values[i] = reader.read(buffer);
        }
        return values;
    }

    /** All values of SV, UV or OV as longs (UV and OV unsigned, as bits). */
    public long[] getLongs(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || !(element.value() instanceof Value.Bytes bytes)) {
            return new long[0];
        }
        if (element.vr() == VR.SV || element.vr() == VR.UV || element.vr() == VR.OV) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes.data()).order(bytes.order());
            long[] values = new long[buffer.remaining() / 8];
            for (int i = 0; i < values.length; i++) {
                values[i] = buffer.getLong();
            }
            return values;
        }
        return Arrays.stream(getInts(tag)).asLongStream().toArray();
    }

    /** The first value as a double: DS and IS text, or FL, FD and the integer binary VRs. */
    public OptionalDouble getDouble(int tag) {
        double[] values = getDoubles(tag);
        return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(values[0]);
    }

    public double getDouble(int tag, double fallback) {
        return getDouble(tag).orElse(fallback);
    }

    public double[] getDoubles(int tag) {
        DicomElement element = elements.get(tag);
        if (element == null || !(element.value() instanceof Value.Bytes bytes)) {
            return new double[0];
        }
        VR vr = element.vr();
        if (vr.isString()) {
            List<String> texts = getStrings(tag);
            double[] parsed = new double[texts.size()];
            int n = 0;
            for (String s : texts) {
                try {
                    parsed[n] = Double.parseDouble(s);
                    n++;
                } catch (NumberFormatException e) {
                    // not a number (or empty): skipped
                }
            }
            return Arrays.copyOf(parsed, n);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes.data()).order(bytes.order());
        switch (vr) {
            case FL, OF -> {
                double[] values = new double[buffer.remaining() / 4];
                for (int i = 0; i < values.length; i++) {
                    values[i] = buffer.getFloat();
                }
                return values;
            }
            case FD, OD -> {
                double[] values = new double[buffer.remaining() / 8];
                for (int i = 0; i < values.length; i++) {
                    values[i] = buffer.getDouble();
                }
                return values;
            }
            case SV -> {
                return Arrays.stream(getLongs(tag)).asDoubleStream().toArray();
            }
            case UV, OV -> {
                return Arrays.stream(getLongs(tag)).mapToDouble(v -> Double.parseDouble(Long.toUnsignedString(v))).toArray();
            }
            case UL, OL -> {
                return Arrays.stream(getInts(tag)).mapToDouble(v -> v & 0xFFFFFFFFL).toArray();
            }
            default -> {
                return Arrays.stream(getInts(tag)).asDoubleStream().toArray();
            }
        }
    }

    /** Sets integers: as text for IS (and DS), as binary little endian for US, SS, UL, SL, AT, OW, OL. */
    public DataSet setInt(int tag, VR vr, int... values) {
        if (vr == VR.IS || vr == VR.DS) {
            return setString(tag, vr, Arrays.stream(values).mapToObj(Integer::toString).toArray(String[]::new));
        }
        int width = switch (vr) {
            case US, SS, OW -> 2;
            case UL, SL, AT, OL -> 4;
            default -> throw new IllegalArgumentException(vr + " does not hold integers");
        };
        ByteBuffer buffer = ByteBuffer.allocate(values.length * width).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : values) {
            if (vr == VR.AT) {
                buffer.putShort((short) (v >>> 16)).putShort((short) v);
            } else if (width == 2) {
                buffer.putShort((short) v);
            } else {
                buffer.putInt(v);
            }
        }
        put(tag, vr, Value.Bytes.of(buffer.array()));
        return this;
    }

    /** Sets decimals: as text for DS (shortest exact form within 16 characters), binary for FL, FD, OF, OD. */
    public DataSet setDouble(int tag, VR vr, double... values) {
        if (vr == VR.DS) {
            return setString(tag, vr, Arrays.stream(values).mapToObj(DecimalString::format).toArray(String[]::new));
        }
        int width = switch (vr) {
            case FL, OF -> 4;
            case FD, OD -> 8;
            default -> throw new IllegalArgumentException(vr + " does not hold decimals");
        };
        ByteBuffer buffer = ByteBuffer.allocate(values.length * width).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            if (width == 4) {
                buffer.putFloat((float) v);
            } else {
                buffer.putDouble(v);
            }
        }
        put(tag, vr, Value.Bytes.of(buffer.array()));
        return this;
    }

    // ---------------------------------------------------------------- binary, bulk, sequences

    /** The raw bytes of a value held in memory or lazily in a file (read now); empty when absent or a sequence. */
    public Optional<byte[]> getBytes(int tag) throws IOException {
        DicomElement element = elements.get(tag);
        if (element == null) {
            return Optional.empty();
        }
        return switch (element.value()) {
            case Value.Bytes bytes -> Optional.of(bytes.data());
            case Value.Bulk bulk -> Optional.of(bulk.data().read());
            default -> Optional.empty();
        };
    }

    public DataSet setBytes(int tag, VR vr, byte[] data) {
        put(tag, vr, Value.Bytes.of(padToEven(data, vr)));
        return this;
    }

    /** The items of a sequence; empty when absent or not a sequence. */
    public List<DataSet> getSequence(int tag) {
        DicomElement element = elements.get(tag);
        return element != null && element.value() instanceof Value.Sequence sequence ? sequence.items() : List.of();
    }

    public Optional<DataSet> getItem(int tag, int index) {
        List<DataSet> items = getSequence(tag);
        return index >= 0 && index < items.size() ? Optional.of(items.get(index)) : Optional.empty();
    }

    public DataSet setSequence(int tag, List<DataSet> items) {
        put(tag, VR.SQ, new Value.Sequence(items));
        return this;
    }

    // ---------------------------------------------------------------- identity

    @Override
    public boolean equals(Object o) {
        return o instanceof DataSet other && elements.equals(other.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }

    @Override
    public String toString() {
        return "DataSet[" + elements.size() + " attributes]";
    }
}
