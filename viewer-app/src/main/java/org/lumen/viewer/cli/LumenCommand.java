package org.lumen.viewer.cli;

import java.util.concurrent.Callable;

import org.lumen.viewer.Main;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lumen} command: without a subcommand it starts the workstation; subcommands work on
 * DICOM files from a script. Exit codes: 0 success, 1 bad input (the message names the problem and
 * the byte offset), 2 usage error, 3 I/O or environment failure.
 */
@Command(name = "lumen", mixinStandardHelpOptions = true, versionProvider = LumenCommand.Version.class,
        description = "Lumen, a diagnostic DICOM viewer for cloud PACS.",
        subcommands = {OpenCommand.class, DicomCommand.class, RenderCommand.class, WebCommand.class})
public final class LumenCommand implements Callable<Integer> {
    /** Returned when the workstation was started and the JVM must not exit. */
    public static final int KEEP_RUNNING = -1;
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int FAILURE = 3;

    public static CommandLine commandLine() {
        return commandLine(CliEnvironment.system());
    }

    /** The command line with the given environment handed to every subcommand that reads one. */
    static CommandLine commandLine(CliEnvironment environment) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == WebOptions.class ? type.cast(new WebOptions(environment)) : defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new LumenCommand(), factory);
        commandLine.setExecutionExceptionHandler(new CliErrors());
        commandLine.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("lumen: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        return commandLine;
    }

    /** What {@code lumen} without arguments does: starts the workstation; returns when it has quit. */
    public static void startWorkstation() {
        WorkstationLauncher.launchEmpty();
    }

    @Override
    public Integer call() {
        WorkstationLauncher.launchEmpty();
        return KEEP_RUNNING;
    }

    /** Prints the Maven project version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Lumen " + Main.version()};
        }
    }
}
