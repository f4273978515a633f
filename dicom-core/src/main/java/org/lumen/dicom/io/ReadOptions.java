package org.lumen.dicom.io;

/**
 * How {@link Part10Reader} reads a file.
 *
 * @param bulkDataThreshold   values (and pixel data fragments) at least this long that are read from
 *                            a file become {@link org.lumen.dicom.Value.Bulk} references to the file,
 *                            never loaded; values read from a stream are always held in memory
 * @param stopBeforePixelData stop reading at the top-level Pixel Data (7FE0,0010) and leave it and
 *                            everything after it out
 */
public record ReadOptions(long bulkDataThreshold, boolean stopBeforePixelData) {
    /** 64 KiB threshold, reading everything. */
    public static final ReadOptions DEFAULT = new ReadOptions(64 * 1024, false);

    public ReadOptions {
        if (bulkDataThreshold < 0) {
            throw new IllegalArgumentException("negative bulk data threshold: " + bulkDataThreshold);
        }
    }

    public ReadOptions withBulkDataThreshold(long threshold) {
        return new ReadOptions(threshold, stopBeforePixelData);
    }

    public ReadOptions withStopBeforePixelData(boolean stop) {
        return new ReadOptions(bulkDataThreshold, stop);
    }
}
