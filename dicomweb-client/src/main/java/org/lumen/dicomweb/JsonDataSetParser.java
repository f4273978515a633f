package org.lumen.dicomweb;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.lumen.dicom.DataSet;

/**
 * Turns a DICOM JSON array (PS3.18 F.2), as QIDO-RS and WADO-RS metadata return it, into data sets.
 * Implementations throw an {@link IOException} naming the problem and offset for bad input, and
 * must not close the stream.
 */
@FunctionalInterface
public interface JsonDataSetParser {
    /** Parses one JSON array of DICOM JSON objects. */
    List<DataSet> parseArray(InputStream json) throws IOException;
}
