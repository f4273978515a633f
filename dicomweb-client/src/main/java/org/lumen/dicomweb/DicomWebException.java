package org.lumen.dicomweb;

import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A DICOMweb exchange failed in a way the client recognised: an HTTP error status, a malformed or
 * truncated response, a server that answered with something other than what was asked for.
 * Messages name the problem and where it happened; they never contain credentials.
 */
public class DicomWebException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The server answered with an HTTP error status. */
        HTTP_STATUS,
        /** A multipart body does not follow RFC 2046 (no boundary, bad headers, bad delimiter). */
        MALFORMED_MULTIPART,
        /** The body ended in the middle of a part or its headers. */
        TRUNCATED,
        /** A JSON body is not a DICOM JSON array. */
        MALFORMED_JSON,
        /** The response's media type is not the one asked for. */
        UNEXPECTED_CONTENT_TYPE,
        /** A part is labelled with a transfer syntax that was not asked for, or with no valid UID. */
        UNEXPECTED_TRANSFER_SYNTAX,
        /** The response does not carry every frame or instance asked for. */
        MISSING_PARTS,
        /** A part or body is larger than the limit the caller set. */
        TOO_LARGE,
        /** A URI to fetch points outside the server's origin (credentials are never sent there). */
        FOREIGN_URI,
        /**
         * No credentials could be obtained: the token endpoint refused the client or a refresh token,
         * a browser login failed or was answered with a wrong state, discovery failed.
         */
        AUTHENTICATION,
        /**
         * The TLS handshake failed: the server's certificate is not trusted, has expired or does not
         * name the host, or the server refused the client certificate (or its absence).
         */
        TLS,
        /**
         * The caller cancelled the work through its {@link Cancellation} token, while the request
         * waited for a slot or was in flight; nothing it returned is to be used.
         */
        CANCELLED,
        /** The server refused the request's media type (415), e.g. STOW-RS in DICOM JSON. */
        UNSUPPORTED_MEDIA_TYPE
    }

    private final Problem problem;
    private final int statusCode;

    public DicomWebException(Problem problem, String detail) {
        this(problem, -1, detail, null);
    }

    public DicomWebException(Problem problem, int statusCode, String detail, Throwable cause) {
        super(Objects.requireNonNull(problem, "problem") + ": " + detail, cause);
        this.problem = problem;
        this.statusCode = statusCode;
    }

    /** The kind of failure. */
    public Problem problem() {
        return problem;
    }

    /** The HTTP status code, when the failure is an HTTP error status. */
    public OptionalInt statusCode() {
        return statusCode < 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * Whether the server gave an answer to the request that failed with {@code e}: an HTTP error status, or
     * refused credentials. Any other failure (no connection, a broken stream, a timeout) means it could not be
     * reached, so a caller may fall back to what it holds offline.
     */
    public static boolean serverAnswered(Exception e) {
        return e instanceof DicomWebException w && (w.statusCode().isPresent() || w.problem() == Problem.AUTHENTICATION);
    }
}
