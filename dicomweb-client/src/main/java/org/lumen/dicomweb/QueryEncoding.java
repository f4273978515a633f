package org.lumen.dicomweb;

/** How QIDO-RS query values are written into the URL. */
public enum QueryEncoding {
    /**
     * Characters DICOM matching needs ({@code ^ , * ? - . / : \}) are sent as they are; only
     * characters that would break the query ({@code % & = + # space}, controls, non-ASCII and the
     * characters HTTP forbids) are percent-encoded. For servers that do not percent-decode query
     * values, such as Orthanc 1.10 with the DICOMweb plugin 1.7.
     */
    LITERAL,
    /** Everything but RFC 3986 unreserved characters is percent-encoded (UTF-8); for servers that decode. */
    STRICT
}
