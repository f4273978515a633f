package org.lumen.dicomweb.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Makes a request line safe for logs at INFO and above: every UID in the path or a query value
 * becomes {@code uid:} and the first 8 hex digits of its SHA-256 (the same UID always gives the
 * same tag, so lines can still be correlated), and the value of every query key that is not known
 * to be harmless (paging, {@code includefield}, modality, rendering parameters) becomes {@code ***}:
 * PatientName, PatientID, PatientBirthDate, AccessionNumber, IssuerOfPatientID, OtherPatientIDs,
 * tag-number keys such as {@code 00100010}, and any other attribute. Stateless.
 */
public final class LogRedaction {
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)+");
    /** Keys whose values never identify a patient (compared in lower case). */
    private static final Set<String> HARMLESS = Set.of("limit", "offset", "fuzzymatching", "includefield", "modality",
            "modalitiesinstudy", "00080060", "00080061", "quality", "viewport", "window", "charset", "accept");

    private LogRedaction() {}

    /** {@code METHOD /path?query} with identifiers redacted. */
    public static String line(Request request) {
        HttpUrl url = request.url();
        StringBuilder sb = new StringBuilder(request.method()).append(' ');
        for (String segment : url.encodedPathSegments()) {
            sb.append('/').append(UID.matcher(segment).matches() ? uidTag(segment) : segment);
        }
        for (int i = 0; i < url.querySize(); i++) {
            String key = url.queryParameterName(i);
            String value = url.queryParameterValue(i);
            sb.append(i == 0 ? '?' : '&').append(key).append('=').append(value(key, value == null ? "" : value));
        }
        return sb.toString();
    }

    static String value(String key, String value) {
        if (UID.matcher(value).matches()) {
            return uidTag(value);
        }
        return HARMLESS.contains(key.toLowerCase(Locale.ROOT)) ? value : "***";
    }

    /** {@code uid:} and the first 8 hex digits of the UID's SHA-256. */
    static String uidTag(String uid) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.US_ASCII));
            return "uid:" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
