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
        long written = withoutMetaGroup(file);
        if (withoutMetaGroup(reread) != written) {
            throw new AssertionError("wrote " + written + " attributes, read back " + withoutMetaGroup(reread));
        }
    }

    /** Attributes outside group 0002, which the writer puts into the meta information only. */
    private static long withoutMetaGroup(DicomFile file) {
        return file.dataSet().stream().filter(e -> Tag.group(e.tag()) != 0x0002).count();
    }
}
