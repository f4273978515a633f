package org.lumen.viewer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lumen open <path>...}: starts the workstation on local files, folders or a DICOMDIR. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Start the workstation and open DICOM files, folders (searched recursively) or a DICOMDIR.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<path>", arity = "1..*", description = "files or folders to open")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                spec.commandLine().getErr().println("lumen: no such file or folder: " + path);
                return LumenCommand.BAD_INPUT;
            }
        }
        WorkstationLauncher.launch(paths.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new));
        return LumenCommand.KEEP_RUNNING;
    }
}
