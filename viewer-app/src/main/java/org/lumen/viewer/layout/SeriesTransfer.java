package org.lumen.viewer.layout;

import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop format of a series: content is the Series Instance UID as a string. JavaFX
 * allows one {@link DataFormat} object per MIME type per JVM, so every view must use
 * {@link #FORMAT} (or look it up) rather than construct its own.
 */
public final class SeriesTransfer {
    /** The MIME type, "application/x-lumen-series". */
    public static final String MIME_TYPE = "application/x-lumen-series";
    /** The one data format object for {@link #MIME_TYPE}. */
    public static final DataFormat FORMAT = format();

    private SeriesTransfer() {}

    private static DataFormat format() {
        DataFormat existing = DataFormat.lookupMimeType(MIME_TYPE);
        return existing != null ? existing : new DataFormat(MIME_TYPE);
    }
}
