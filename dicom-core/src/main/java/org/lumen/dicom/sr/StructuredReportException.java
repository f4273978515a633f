package org.lumen.dicom.sr;

import java.io.IOException;

/** A data set that is not the key object selection or measurement report it should be; the message names what is wrong. */
public final class StructuredReportException extends IOException {
    public StructuredReportException(String message) {
        super(message);
    }
}
