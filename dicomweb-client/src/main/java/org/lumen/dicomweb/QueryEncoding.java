package org.lumen.dicomweb;

/** How QIDO-RS query values are written into the URL. */
public enum QueryEncoding {
    /**
     * Characters DICOM matching needs ({@code ^ , * ? - . / : \}) are sent as they are. ASCII
     * characters that cannot be sent literally ({@code space + & = # % " ' < >}, controls) become
     * the single-character wildcard {@code ?}, so the match is a superset that contains the exact
     * one; non-ASCII is percent-encoded (such a server will not match it). For servers that do
     * not percent-decode query values, such as Orthanc 1.10 with the DICOMweb plugin 1.7.
     */
    LITERAL,
    /** Everything but RFC 3986 unreserved characters is percent-encoded (UTF-8); for servers that decode. */
    STRICT
}
