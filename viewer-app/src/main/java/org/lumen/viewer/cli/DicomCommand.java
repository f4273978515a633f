package org.lumen.viewer.cli;

import picocli.CommandLine.Command;

/** {@code lumen dicom ...}: commands over local DICOM files, for scripts. */
@Command(name = "dicom", mixinStandardHelpOptions = true, description = "Work with local DICOM files.",
        subcommands = {PixelsCommand.class, JsonCommand.class})
final class DicomCommand {
}
