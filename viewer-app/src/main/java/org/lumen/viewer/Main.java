package org.lumen.viewer;

import org.lumen.viewer.cli.LumenCommand;
import org.lumen.viewer.desktop.AppCdsFolder;
import org.lumen.viewer.desktop.LaunchArguments;
import org.lumen.viewer.desktop.ShutdownWatchdog;

/**
 * Entry point of {@code ./lumen}: with no command it starts the workstation, otherwise it runs the
 * command line (see {@link LumenCommand}). Kept apart from the JavaFX application class so that the
 * command line never initialises JavaFX.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        AppCdsFolder.ensure();
        ShutdownWatchdog.install();
        if (args.length == 0) {
            // Plain `lumen`: the workstation, without building the command line first (picocli's model
            // of every subcommand cost 0.3 to 0.6 s of the start-up, before JavaFX began).
            LumenCommand.startWorkstation();
            return;
        }
        int exitCode = LumenCommand.commandLine().execute(LaunchArguments.normalise(args));
        if (exitCode != LumenCommand.KEEP_RUNNING) {
            System.exit(exitCode);
        }
    }

    /** Version of this build, from the Maven project version. */
    public static String version() {
        try (var in = Main.class.getResourceAsStream("version.properties")) {
            var properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
