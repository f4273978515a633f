package org.lumen.viewer.layout;

/**
 * Shows an opened series in a viewport. The series strip calls it on a double click; drops go
 * through {@link SeriesTransfer}. Call on the FX thread.
 */
public interface SeriesDisplay {
    /**
     * Shows the series with this Series Instance UID in the active viewport.
     *
     * @return false when no opened series has that UID
     */
    boolean showInActiveViewport(String seriesInstanceUid);
}
