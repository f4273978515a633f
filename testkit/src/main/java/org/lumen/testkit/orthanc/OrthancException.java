package org.lumen.testkit.orthanc;

/** The test Orthanc could not be started, reached, or did not answer as expected. */
public final class OrthancException extends RuntimeException {

    /** Creates the exception with a message that names what went wrong (and the log tail). */
    public OrthancException(String message) {
        super(message);
    }

    /** Creates the exception with its cause. */
    public OrthancException(String message, Throwable cause) {
        super(message, cause);
    }
}
