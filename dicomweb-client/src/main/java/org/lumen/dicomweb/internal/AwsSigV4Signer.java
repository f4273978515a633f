package org.lumen.dicomweb.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.lumen.dicomweb.AwsCredentials;

/**
 * AWS Signature Version 4 (the "Authorization" header form) for services other than S3: canonical
 * request (method, twice-encoded path, sorted and encoded query, lowercased sorted headers, the
 * payload's SHA-256), string to sign with the credential scope, and the HMAC chain of the signing
 * key. Pure functions, tested against AWS's published signature test suite vectors.
 */
public final class AwsSigV4Signer {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final HexFormat HEX = HexFormat.of();

    private AwsSigV4Signer() {}

    /** What a signed request carries: the headers to add (x-amz-date, the session token, Authorization). */
    public record Signed(String amzDate, String signedHeaders, String signature, String authorization, String canonicalRequest) {}

    /**
     * Signs a request.
     *
     * @param method HTTP method
     * @param uri the request URI (its raw path and raw query are used)
     * @param headers the headers to sign besides {@code x-amz-date} (must include {@code host}); names any case
     * @param payloadSha256 hex SHA-256 of the body ({@link #EMPTY_PAYLOAD} for none)
     */
    public static Signed sign(String method, URI uri, Map<String, String> headers, String payloadSha256,
            AwsCredentials credentials, String region, String service, ZonedDateTime now) {
        String amzDate = AMZ_DATE.format(now.withZoneSameInstant(ZoneOffset.UTC));
        String day = amzDate.substring(0, 8);
        TreeMap<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) -> canonical.put(name.toLowerCase(Locale.ROOT), value.strip().replaceAll(" +", " ")));
        canonical.put("x-amz-date", amzDate);
        credentials.sessionToken().ifPresent(token -> canonical.put("x-amz-security-token", token));
        String signedHeaders = String.join(";", canonical.keySet());
        String canonicalRequest = method + "\n" + canonicalPath(uri.getRawPath()) + "\n" + canonicalQuery(uri.getRawQuery()) + "\n"
                + canonical.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n").collect(Collectors.joining())
                + "\n" + signedHeaders + "\n" + payloadSha256;
        String scope = day + "/" + region + "/" + service + "/aws4_request";
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        String signature = HEX.formatHex(hmac(key, stringToSign));
        String authorization = ALGORITHM + " Credential=" + credentials.accessKeyId() + "/" + scope + ", SignedHeaders="
                + signedHeaders + ", Signature=" + signature;
        return new Signed(amzDate, signedHeaders, signature, authorization, canonicalRequest);
    }

    /** SHA-256 of nothing, for requests without a body. */
    public static final String EMPTY_PAYLOAD = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Each segment of the (already once-encoded) path encoded again, as SigV4 asks of services other than S3. */
    static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    /** Parameters sorted by encoded name, then value; every name and value encoded; "=" always present. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new String[] {encode(decode(name)), encode(decode(value))});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return pairs.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    }

    /** RFC 3986 encoding: unreserved characters kept, everything else %XX of its UTF-8 bytes. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
