package org.lumen.rendering.gl;

/** No usable OpenGL 3.3 core context could be created; the message says why. */
public final class GlUnavailableException extends Exception {
    GlUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
