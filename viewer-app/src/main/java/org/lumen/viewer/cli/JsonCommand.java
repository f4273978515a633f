package org.lumen.viewer.cli;

import java.io.IOException;
import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lumen dicom json <file>}: the data set as DICOM JSON (PS3.18 annex F), pixel data left out. */
@Command(name = "json", mixinStandardHelpOptions = true,
        description = "Print the data set as DICOM JSON (PS3.18 annex F), pixel data left out.")
final class JsonCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<file>", description = "a DICOM Part 10 file")
    Path file;

    @Option(names = "--compact", description = "one line instead of indented JSON")
    boolean compact;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // Pixel data is left out, so it need not be read: bulk values stay on disk.
        DicomFile dicom = Part10Reader.read(file, ReadOptions.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        DicomJsonWriter.write(dicom.dataSet(), out, new JsonOptions(true, !compact));
        out.println();
        out.flush();
        return LumenCommand.OK;
    }
}
