package org.lumen.viewer.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.dicom.json.DicomJsonWriter;
import org.lumen.dicom.json.JsonOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lumen dicom json <file>}: the data set as DICOM JSON (PS3.18 annex F), pixel data left out. */
@Command(name = "json", mixinStandardHelpOptions = true,
        description = "Print the data set as DICOM JSON (PS3.18 annex F), pixel data left out.")
final class JsonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<file>", description = "a DICOM Part 10 file")
    Path file;

    @Option(names = "--compact", description = "one line instead of indented JSON")
    boolean compact;

    @Override
    public Integer call() throws IOException {
        // Pixel data is left out, so it need not be read: bulk values stay on disk.
        DicomFile dicom = Part10Reader.read(file, ReadOptions.DEFAULT);
        OutputStream out = System.out;
        DicomJsonWriter.write(dicom.dataSet(), out, new JsonOptions(true, !compact));
        out.write('\n');
        out.flush();
        return LumenCommand.OK;
    }
}
