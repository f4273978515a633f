package org.lumen.viewer.volume;

/** The given files hold no renderable series: no images, several series, or no usable geometry. */
public final class SeriesLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** With a sentence naming the problem. */
    public SeriesLoadException(String message) {
        super(message);
    }
}
