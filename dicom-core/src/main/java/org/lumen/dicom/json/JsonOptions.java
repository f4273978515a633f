package org.lumen.dicom.json;

/**
 * How {@link DicomJsonWriter} writes.
 *
 * @param omitPixelData leave out Pixel Data, Float Pixel Data and Double Float Pixel Data
 *                      (7FE0,0010/0008/0009) wherever they occur, icon images included
 * @param pretty        indent the output for people; otherwise one line
 */
public record JsonOptions(boolean omitPixelData, boolean pretty) {
    /** Everything, compact. */
    public static final JsonOptions DEFAULT = new JsonOptions(false, false);

    /** For printing a data set: without pixel data, indented. */
    public static final JsonOptions FOR_PRINTING = new JsonOptions(true, true);
}
