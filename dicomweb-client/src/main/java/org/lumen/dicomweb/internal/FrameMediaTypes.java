package org.lumen.dicomweb.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The media types of frame parts by transfer syntax (PS3.18 table 8.7.3-5), both ways: which type
 * to ask for with a transfer syntax, and which transfer syntax an unlabelled part of a given type
 * carries by default.
 */
final class FrameMediaTypes {
    static final String ANY = "*";
    static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> TYPE_BY_SYNTAX = Map.ofEntries(
            Map.entry("1.2.840.10008.1.2.4.50", "image/jpeg"),
            Map.entry("1.2.840.10008.1.2.4.51", "image/jpeg"),
            Map.entry("1.2.840.10008.1.2.4.57", "image/jpeg"),
            Map.entry("1.2.840.10008.1.2.4.70", "image/jpeg"),
            Map.entry("1.2.840.10008.1.2.4.80", "image/jls"),
            Map.entry("1.2.840.10008.1.2.4.81", "image/jls"),
            Map.entry("1.2.840.10008.1.2.4.90", "image/jp2"),
            Map.entry("1.2.840.10008.1.2.4.91", "image/jp2"),
            Map.entry("1.2.840.10008.1.2.4.92", "image/jpx"),
            Map.entry("1.2.840.10008.1.2.4.93", "image/jpx"),
            Map.entry("1.2.840.10008.1.2.4.201", "image/jphc"),
            Map.entry("1.2.840.10008.1.2.4.202", "image/jphc"),
            Map.entry("1.2.840.10008.1.2.4.203", "image/jphc"),
            Map.entry("1.2.840.10008.1.2.5", "image/dicom-rle"));

    private static final Map<String, String> DEFAULT_SYNTAX_BY_TYPE = Map.of(
            OCTET_STREAM, "1.2.840.10008.1.2.1",
            "image/jpeg", "1.2.840.10008.1.2.4.50",
            "image/jls", "1.2.840.10008.1.2.4.80",
            "image/jp2", "1.2.840.10008.1.2.4.90",
            "image/jpx", "1.2.840.10008.1.2.4.92",
            "image/jphc", "1.2.840.10008.1.2.4.201",
            "image/dicom-rle", "1.2.840.10008.1.2.5");

    private FrameMediaTypes() {}

    /** The Accept header value asking for frames in one transfer syntax ({@code *} for as stored). */
    static String accept(String transferSyntax) {
        String type = TYPE_BY_SYNTAX.getOrDefault(transferSyntax, OCTET_STREAM);
        return "multipart/related; type=\"" + type + "\"; transfer-syntax=" + transferSyntax;
    }

    /** The transfer syntax an unlabelled part of this media type carries. */
    static Optional<String> defaultSyntax(String mediaType) {
        return Optional.ofNullable(DEFAULT_SYNTAX_BY_TYPE.get(mediaType));
    }
}
