package org.lumen.viewer.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.RawPixelsSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lumen dicom pixels <file> <out.raw>}: the stored pixel values of all frames after
 * decompression and before any LUT, little-endian, frame by frame, row by row, samples interleaved per
 * pixel; one JSON line on stdout says what was written. The output appears whole or not at all: it is
 * written to a temporary file next to it and moved into place at the end.
 */
@Command(name = "pixels", mixinStandardHelpOptions = true,
        description = "Write the stored pixel values of all frames (after decompression, before any LUT) to a raw file.")
final class PixelsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<file>", description = "a DICOM Part 10 file")
    Path file;

    @Parameters(index = "1", paramLabel = "<out.raw>", description = "where to write the raw values")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        DicomFile dicom = Part10Reader.read(file);
        PixelDataReader reader = PixelDataReader.open(dicom.dataSet(), dicom.transferSyntax().uid(), FrameDecoders.standard());
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            RawPixelsSummary summary;
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                summary = reader.writeRaw(stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().println(summary.toJson());
            spec.commandLine().getOut().flush();
            return LumenCommand.OK;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
