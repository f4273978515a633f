package org.lumen.viewer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.json.DicomJsonWriter;
import org.lumen.dicom.json.JsonOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lumen web metadata}: WADO-RS metadata of a study, series or instance, as a DICOM JSON array. */
@Command(name = "metadata", mixinStandardHelpOptions = true, description = "Print WADO-RS metadata as DICOM JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the metadata was printed",
                "2:usage error (bad options, unreadable --token-file, --ca-file or --client-cert, incomplete OAuth 2.0 options)",
                "3:I/O failure: server unreachable, authentication refused, sign-in refused, TLS failure, HTTP error"})
final class WebMetadataCommand implements Callable<Integer> {
    @Mixin
    WebOptions server;

    @Option(names = "--study", required = true, paramLabel = "<uid>")
    String study;

    @Option(names = "--series", paramLabel = "<uid>")
    Optional<String> series = Optional.empty();

    @Option(names = "--instance", paramLabel = "<uid>", description = "needs --series")
    Optional<String> instance = Optional.empty();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (instance.isPresent() && series.isEmpty()) {
            throw new CommandFailure(LumenCommand.USAGE, "--instance needs --series");
        }
        List<DataSet> metadata = server.call(client -> instance.isPresent()
                ? client.instanceMetadata(study, series.orElseThrow(), instance.get())
                : series.isPresent() ? client.seriesMetadata(study, series.get()) : client.studyMetadata(study));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DicomJsonWriter.writeArray(metadata, bytes, new JsonOptions(true, true));
        spec.commandLine().getOut().println(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return LumenCommand.OK;
    }
}
