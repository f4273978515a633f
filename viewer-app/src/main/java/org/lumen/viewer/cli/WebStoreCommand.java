package org.lumen.viewer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.StoreOutcome;
import org.lumen.dicomweb.StoreResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lumen web store FILE|DIR...}: STOW-RS upload of files (directories are walked) in one
 * request; prints one line per instance the server reported ({@code STORED|WARNING|FAILED uid
 * reason}); exit code 1 when any instance failed or went unreported, or the server rejected the request
 * with 400 (Orthanc's answer to a part that is not DICOM). Not retried.
 */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Upload Part 10 files (STOW-RS).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was stored",
                "1:the server refused a file or stored only some (400, or failures in its answer)",
                "2:usage error (no files, bad options, unreadable --token-file, --ca-file or --client-cert, incomplete OAuth 2.0 options)",
                "3:I/O failure: server unreachable, authentication refused, sign-in refused, TLS failure, other HTTP error"})
final class WebStoreCommand implements Callable<Integer> {
    @Mixin
    WebOptions server;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Part 10 files, or directories to walk")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        if (files.isEmpty()) {
            throw new CommandFailure(LumenCommand.BAD_INPUT, "no files to store");
        }
        StoreResult result;
        try {
            result = server.client().store(files);
        } catch (DicomWebException e) {
            if (e.statusCode().orElse(0) == 400) {
                throw new CommandFailure(LumenCommand.BAD_INPUT, "the server stored nothing: " + e.getMessage());
            }
            throw server.explain(e);
        } catch (IOException e) {
            throw server.explain(e);
        }
        for (StoreOutcome o : result.outcomes()) {
            spec.commandLine().getOut().printf("%s\t%s%s%n", o.status(), o.sopInstanceUid().isEmpty() ? "-" : o.sopInstanceUid(),
                    o.reasonCode() == 0 ? "" : String.format("\treason 0x%04X", o.reasonCode()));
        }
        spec.commandLine().getOut().printf("%d sent, %d stored, %d failed, %d unreported (HTTP %d)%n", result.sent(),
                result.outcomes().size() - result.failures().size(), result.failures().size(), result.unreported(),
                result.httpStatus());
        spec.commandLine().getOut().flush();
        return result.allStored() ? LumenCommand.OK : LumenCommand.BAD_INPUT;
    }
}
