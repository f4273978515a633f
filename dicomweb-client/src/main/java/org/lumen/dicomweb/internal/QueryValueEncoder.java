package org.lumen.dicomweb.internal;

import java.nio.charset.StandardCharsets;
import org.lumen.dicomweb.QueryEncoding;

/**
 * Encodes QIDO-RS query names and values per {@link QueryEncoding}. The result goes to
 * {@code HttpUrl.Builder.addEncodedQueryParameter}, which leaves it as it is.
 *
 * <p>LITERAL: a server that does not percent-decode cannot receive a space, {@code + & = # % " ' < >}
 * at all (measured on Orthanc 1.10: {@code Van%20Der*} and {@code Van+Der*} match nothing). Each
 * such character in a value becomes the single-character wildcard {@code ?}, which makes the
 * match a superset that still contains the exact one. Non-ASCII is percent-encoded as UTF-8.
 */
public final class QueryValueEncoder {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String LITERAL_UNSENDABLE = " %&=+#\"'<>";

    private QueryValueEncoder() {}

    /** Encodes a parameter value; in LITERAL mode unsendable ASCII becomes the wildcard {@code ?}. */
    public static String encodeValue(String value, QueryEncoding encoding) {
        if (encoding == QueryEncoding.LITERAL) {
            StringBuilder literal = new StringBuilder(value.length());
            value.chars().forEach(c -> literal.append(c < 0x7f && (c < 0x20 || LITERAL_UNSENDABLE.indexOf(c) >= 0) ? '?' : (char) c));
            value = literal.toString();
        }
        return encode(value, encoding);
    }

    /** Percent-encodes a parameter name (or value) for the URL. */
    public static String encode(String value, QueryEncoding encoding) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = switch (encoding) {
                case STRICT -> unreserved(c);
                case LITERAL -> c > 0x20 && c < 0x7f && LITERAL_UNSENDABLE.indexOf(c) < 0;
            };
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return out.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
