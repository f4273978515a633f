package org.lumen.dicomweb.internal;

import java.nio.charset.StandardCharsets;
import org.lumen.dicomweb.QueryEncoding;

/**
 * Percent-encodes QIDO-RS query names and values per {@link QueryEncoding}. The result goes to
 * {@code HttpUrl.Builder.addEncodedQueryParameter}, which leaves it as it is.
 */
public final class QueryValueEncoder {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String LITERAL_ESCAPED = " %&=+#\"'<>";

    private QueryValueEncoder() {}

    public static String encode(String value, QueryEncoding encoding) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = switch (encoding) {
                case STRICT -> unreserved(c);
                case LITERAL -> c > 0x20 && c < 0x7f && LITERAL_ESCAPED.indexOf(c) < 0;
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
