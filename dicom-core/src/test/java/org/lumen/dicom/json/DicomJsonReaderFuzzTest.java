package org.lumen.dicom.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link DicomJsonReader}: whatever the bytes, only {@link org.lumen.dicom.DicomFormatException}
 * or another {@link IOException} may escape (any other exception, an error or a hang fails).
 * Under plain {@code mvn test} Jazzer runs in regression mode over the seeds in
 * {@code DicomJsonReaderFuzzTestInputs/}; set JAZZER_FUZZ=1 to fuzz for {@code maxDuration}.
 */
class DicomJsonReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readerThrowsOnlyTypedExceptions(byte[] input) {
        try {
            DicomJsonReader.read(new ByteArrayInputStream(input));
        } catch (IOException expected) {
            // DicomFormatException (an IOException) is the typed failure for bad input
        }
        try {
            DicomJsonReader.readArray(new ByteArrayInputStream(input), each -> { });
        } catch (IOException expected) {
            // as above
        }
    }
}
