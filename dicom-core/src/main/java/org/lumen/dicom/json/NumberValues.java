package org.lumen.dicom.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.DicomFormatException.Problem;
import org.lumen.dicom.VR;

/**
 * The values of binary numeric VRs (US, SS, UL, SL, SV, UV, FL, FD, AT) from DICOM JSON, as
 * little-endian bytes. A binary value cannot be empty, so a null among the values (which some
 * producers write, pydicom's test1.json for one) is left out: the attribute has one value fewer.
 */
final class NumberValues {
    private static final BigInteger UV_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private NumberValues() {}

    static byte[] encode(VR vr, List<JsonNode> all, int tag) throws DicomFormatException {
        List<JsonNode> values = all.stream().filter(node -> !(node instanceof JsonNode.Null)).toList();
        ByteBuffer buffer = ByteBuffer.allocate(values.size() * vr.bytesPerValue()).order(ByteOrder.LITTLE_ENDIAN);
        for (JsonNode node : values) {
            switch (vr) {
                case AT -> buffer.putShort((short) (attributeTag(node, tag) >>> 16)).putShort((short) attributeTag(node, tag));
                case US -> buffer.putShort((short) integer(node, vr, tag, 0, 0xFFFF).intValue());
                case SS -> buffer.putShort((short) integer(node, vr, tag, Short.MIN_VALUE, Short.MAX_VALUE).intValue());
                case UL -> buffer.putInt((int) integer(node, vr, tag, 0, 0xFFFFFFFFL).longValue());
                case SL -> buffer.putInt(integer(node, vr, tag, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue());
                case SV -> buffer.putLong(integer(node, vr, tag, Long.MIN_VALUE, Long.MAX_VALUE).longValue());
                case UV -> buffer.putLong(unsignedLong(node, tag).longValue());
                case FL -> buffer.putFloat((float) decimal(node, vr, tag));
                case FD -> buffer.putDouble(decimal(node, vr, tag));
                default -> throw new IllegalArgumentException(vr + " is not a binary number VR");
            }
        }
        return buffer.array();
    }

    private static int attributeTag(JsonNode node, int tag) throws DicomFormatException {
        if (node instanceof JsonNode.Text text && text.value().length() == 8) {
            try {
                return Integer.parseUnsignedInt(text.value(), 16);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw bad(node, tag, "an AT value must be eight hex digits");
    }

    private static BigInteger integer(JsonNode node, VR vr, int tag, long min, long max) throws DicomFormatException {
        BigInteger value = exactInteger(node, vr, tag);
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw bad(node, tag, value + " is out of range for " + vr);
        }
        return value;
    }

    private static BigInteger unsignedLong(JsonNode node, int tag) throws DicomFormatException {
        BigInteger value = exactInteger(node, VR.UV, tag);
        if (value.signum() < 0 || value.compareTo(UV_MAX) > 0) {
            throw bad(node, tag, value + " is out of range for UV");
        }
        return value;
    }

    private static BigInteger exactInteger(JsonNode node, VR vr, int tag) throws DicomFormatException {
        String text = switch (node) {
            case JsonNode.Number number -> number.text();
            case JsonNode.Text string -> string.value().trim();
            default -> throw bad(node, tag, vr + " values must be numbers");
        };
        if (text.length() > 40) {
            throw bad(node, tag, "number too long for " + vr);
        }
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            if (value.signum() != 0 && (value.precision() - value.scale() > 25 || value.scale() > 0)) {
                throw new ArithmeticException("not an integer of at most 25 digits");
            }
            return value.toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(node, tag, "\"" + text + "\" is not an integer, as " + vr + " needs");
        }
    }

    private static double decimal(JsonNode node, VR vr, int tag) throws DicomFormatException {
        String text = switch (node) {
            case JsonNode.Number number -> number.text();
            case JsonNode.Text string -> string.value().trim();
            default -> throw bad(node, tag, vr + " values must be numbers");
        };
        try {
            return switch (text) {
                case "NaN" -> Double.NaN;
                case "Infinity", "+Infinity", "INF" -> Double.POSITIVE_INFINITY;
                case "-Infinity", "-INF" -> Double.NEGATIVE_INFINITY;
                default -> {
                    if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1)) && text.charAt(text.length() - 1) != '.') {
                        throw new NumberFormatException(text);
                    }
                    yield Double.parseDouble(text);
                }
            };
        } catch (NumberFormatException e) {
            throw bad(node, tag, "\"" + text + "\" is not a number, as " + vr + " needs");
        }
    }

    static DicomFormatException bad(JsonNode node, int tag, String detail) {
        return new DicomFormatException(Problem.BAD_VALUE, node.offset(), org.lumen.dicom.Tag.toString(tag) + ": " + detail);
    }
}
