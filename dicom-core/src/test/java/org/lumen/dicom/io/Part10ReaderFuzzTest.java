package org.lumen.dicom.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.lumen.dicom.DicomElement;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.Value;

/**
 * Fuzzes the stream reader: whatever the bytes, it returns a file or throws an IOException
 * (normally a DicomFormatException); any other throwable fails the test. What it reads must write
 * and read back. Plain {@code mvn test} runs only the seeds under
 * {@code Part10ReaderFuzzTestInputs/} (regression mode); {@code JAZZER_FUZZ=1} fuzzes for 30 s.
 */
class Part10ReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readerFailsOnlyWithTypedExceptions(byte[] input) throws IOException {
        DicomFile file;
        try {
            file = Part10Reader.read(new ByteArrayInputStream(input), ReadOptions.DEFAULT);
        } catch (DicomFormatException expected) {
            if (expected.problem() == null) {
                throw new AssertionError("a DicomFormatException without a problem", expected);
            }
            return;
        }
        boolean encapsulated = file.dataSet().get(Tag.PixelData).map(DicomElement::value)
                .filter(Value.Fragments.class::isInstance).isPresent();
        if (encapsulated && !file.transferSyntax().encapsulated()) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.write(file, out);
        DicomFile reread = Part10Reader.read(new ByteArrayInputStream(out.toByteArray()), ReadOptions.DEFAULT);
        if (reread.dataSet().size() != file.dataSet().size()) {
            throw new AssertionError("wrote " + file.dataSet().size() + " attributes, read back " + reread.dataSet().size());
        }
    }
}
