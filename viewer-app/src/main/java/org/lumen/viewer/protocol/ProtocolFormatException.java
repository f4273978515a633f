package org.lumen.viewer.protocol;

/** A protocol file that cannot be used; the message names the file and the problem. */
public final class ProtocolFormatException extends Exception {
    public ProtocolFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
