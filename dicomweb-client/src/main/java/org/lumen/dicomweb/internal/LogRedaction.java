package org.lumen.dicomweb.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
    /** The root of the UIDs the standard defines (transfer syntaxes, SOP classes): never identifying. */
    private static final String DICOM_ROOT = "1.2.840.10008.";
    /** A UID inside text: at least three components, not part of a longer token. */
    private static final Pattern UID_IN_TEXT = Pattern.compile("(?<![0-9.])[0-9]+(\\.[0-9]+){2,}(?![0-9])");
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

    /**
     * Free text from or about a request (an error body excerpt) made safe the same way: every UID
     * becomes its tag, and every identifying query value the request sent (at least two characters)
     * becomes {@code ***}, wherever the server echoes it.
     */
    public static String text(Request request, String text) {
        String safe = text;
        HttpUrl url = request.url();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            if (value != null && identifying(url.queryParameterName(i), value)) {
                String formEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                for (String form : List.of(value, formEncoded, formEncoded.replace("+", "%20"))) {
                    safe = safe.replace(form, "***");
                }
            }
        }
        return UID_IN_TEXT.matcher(safe).replaceAll(m -> m.group().startsWith(DICOM_ROOT) ? m.group() : uidTag(m.group()));
    }

    private static boolean identifying(String key, String value) {
        return value.length() >= 2 && !HARMLESS.contains(key.toLowerCase(Locale.ROOT)) && !UID.matcher(value).matches();
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
