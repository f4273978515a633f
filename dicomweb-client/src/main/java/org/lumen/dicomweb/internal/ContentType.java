package org.lumen.dicomweb.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Content-Type header (RFC 9110 media type with parameters). Lenient the way servers need:
 * parameter values may be quoted (with backslash escapes) or bare, and bare values may contain
 * characters RFC 9110 reserves, such as the {@code /} in {@code type=application/dicom}.
 *
 * @param type lower-case type, e.g. {@code multipart}
 * @param subtype lower-case subtype, e.g. {@code related}
 * @param parameters parameters by lower-case name, values as sent (unquoted)
 */
public record ContentType(String type, String subtype, Map<String, String> parameters) {
    public ContentType {
        if (type.isEmpty() || subtype.isEmpty()) {
            throw new IllegalArgumentException("empty type or subtype");
        }
        parameters = Map.copyOf(parameters);
    }

    /** Parses a header value; empty when it has no {@code type/subtype}. */
    public static Optional<ContentType> parse(String value) {
        int semicolon = value.indexOf(';');
        String essence = (semicolon < 0 ? value : value.substring(0, semicolon)).trim();
        int slash = essence.indexOf('/');
        if (slash <= 0 || slash == essence.length() - 1 || essence.indexOf('/', slash + 1) >= 0
                || essence.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        int i = semicolon < 0 ? value.length() : semicolon + 1;
        while (i < value.length()) {
            int eq = value.indexOf('=', i);
            int nextSemicolon = value.indexOf(';', i);
            if (eq < 0 || (nextSemicolon >= 0 && nextSemicolon < eq)) {
                i = nextSemicolon < 0 ? value.length() : nextSemicolon + 1;
                continue;
            }
            String name = value.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < value.length() && value.charAt(j) == ' ') {
                j++;
            }
            StringBuilder v = new StringBuilder();
            if (j < value.length() && value.charAt(j) == '"') {
                j++;
                while (j < value.length() && value.charAt(j) != '"') {
                    if (value.charAt(j) == '\\' && j + 1 < value.length()) {
                        j++;
                    }
                    v.append(value.charAt(j++));
                }
                int end = value.indexOf(';', j);
                i = end < 0 ? value.length() : end + 1;
            } else {
                int end = value.indexOf(';', j);
                v.append(value, j, end < 0 ? value.length() : end);
                i = end < 0 ? value.length() : end + 1;
            }
            if (!name.isEmpty()) {
                params.putIfAbsent(name, v.toString().trim());
            }
        }
        return Optional.of(new ContentType(essence.substring(0, slash).toLowerCase(Locale.ROOT),
                essence.substring(slash + 1).toLowerCase(Locale.ROOT), params));
    }

    /** A parameter's value by case-insensitive name. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /** {@code type/subtype} without parameters. */
    public String essence() {
        return type + "/" + subtype;
    }
}
