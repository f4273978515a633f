package org.lumen.dicom;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;

/**
 * The value of one attribute. Bytes are kept exactly as they were encoded, with the byte order of
 * the encoding they came from, so that nothing is lost between reading and writing; accessors on
 * {@link DataSet} interpret them.
 */
public sealed interface Value permits Value.Bytes, Value.Bulk, Value.Sequence, Value.Fragments {

    /** Length in bytes of the encoded value, or -1 where it has none (sequences, fragments). */
    long length();

    /** Binary or character data held in memory. The array is owned by the value: do not change it. */
    record Bytes(byte[] data, ByteOrder order) implements Value {
        public static final Bytes EMPTY = new Bytes(new byte[0], ByteOrder.LITTLE_ENDIAN);

        public Bytes {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(order, "order");
        }

        public static Bytes of(byte[] data) {
            return new Bytes(data, ByteOrder.LITTLE_ENDIAN);
        }

        @Override
        public long length() {
            return data.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes other && order.equals(other.order) && java.util.Arrays.equals(data, other.data);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(data) * 31 + order.hashCode();
        }

        @Override
        public String toString() {
            return "Bytes[" + data.length + " bytes, " + order + "]";
        }
    }

    /** A large binary value left where it lies and read on demand (lazily read bulk data). */
    record Bulk(BulkData data, ByteOrder order) implements Value {
        public Bulk {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(order, "order");
        }

        @Override
        public long length() {
            return data.length();
        }
    }

    /** The items of a sequence (VR SQ). */
    record Sequence(List<DataSet> items) implements Value {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public long length() {
            return -1;
        }
    }

    /**
     * Encapsulated pixel data (PS3.5 section A.4): the first fragment is the Basic Offset Table
     * (possibly empty), the rest hold the compressed frames. Each fragment is {@link Bytes} or
     * {@link Bulk}.
     */
    record Fragments(List<Value> fragments) implements Value {
        public Fragments {
            fragments = List.copyOf(fragments);
            for (Value fragment : fragments) {
                if (!(fragment instanceof Bytes) && !(fragment instanceof Bulk)) {
                    throw new IllegalArgumentException("a fragment must be Bytes or Bulk, not " + fragment);
                }
            }
        }

        @Override
        public long length() {
            return -1;
        }
    }
}
