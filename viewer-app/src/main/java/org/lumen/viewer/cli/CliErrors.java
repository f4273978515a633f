package org.lumen.viewer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.lumen.dicom.DicomFormatException;

import picocli.CommandLine;

/** Turns failures into one-line messages and the exit codes of {@link LumenCommand}. */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
        String message;
        int code;
        if (cause instanceof CommandFailure failure) {
            message = failure.getMessage();
            code = failure.exitCode();
        } else if (cause instanceof DicomFormatException format) {
            message = format.getMessage();
            code = LumenCommand.BAD_INPUT;
        } else if (cause instanceof NoSuchFileException missing) {
            message = "no such file: " + missing.getFile();
            code = LumenCommand.BAD_INPUT;
        } else if (cause instanceof IOException io) {
            message = io.getClass().getSimpleName() + ": " + io.getMessage();
            code = LumenCommand.FAILURE;
        } else {
            message = cause.toString();
            code = LumenCommand.FAILURE;
        }
        commandLine.getErr().println("lumen: " + message.replace('\n', ' '));
        return code;
    }
}
