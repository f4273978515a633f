package org.lumen.dicom.io;

/**
 * How {@link Part10Writer} encodes sequences.
 *
 * @param undefinedLengths write sequences and items with undefined length and delimiters instead of
 *                         computed defined lengths
 */
public record WriteOptions(boolean undefinedLengths) {
    /** Defined lengths everywhere. */
    public static final WriteOptions DEFAULT = new WriteOptions(false);
}
