package org.lumen.viewer.cli;

import picocli.CommandLine.Command;

/**
 * {@code lumen web}: query, read metadata from, retrieve from and store to a DICOMweb server.
 * Each subcommand takes the server options of {@link WebOptions}.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Talk to a DICOMweb server (QIDO-RS, WADO-RS, STOW-RS).",
        subcommands = {WebQueryCommand.class, WebMetadataCommand.class, WebRetrieveCommand.class, WebStoreCommand.class, WebStreamCommand.class})
final class WebCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: query, metadata, retrieve or store");
    }
}
