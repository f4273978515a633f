package org.lumen.viewer.cli;

/**
 * A subcommand's failure with its exit code ({@link LumenCommand#BAD_INPUT}, {@link LumenCommand#USAGE}
 * or {@link LumenCommand#FAILURE}); {@link CliErrors} prints the message as one line.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
