package org.lumen.viewer.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.json.DicomJsonWriter;
import org.lumen.dicom.json.JsonOptions;
import org.lumen.dicomweb.QidoQuery;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lumen web query}: one QIDO-RS search, printed as a tab-separated table (one line per
 * result, its key attributes) or, with {@code --json}, as the DICOM JSON array.
 */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Search studies, series or instances (QIDO-RS).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the search ran (even with no result)",
                "2:usage error (bad options, unreadable --token-file, --ca-file or --client-cert, incomplete OAuth 2.0 options)",
                "3:I/O failure: server unreachable, authentication refused, sign-in refused, TLS failure, HTTP error"})
final class WebQueryCommand implements Callable<Integer> {
    enum Level { study, series, instance }

    @Mixin
    WebOptions server;

    @Option(names = "--level", defaultValue = "study", description = "study (default), series or instance")
    Level level = Level.study;

    @Option(names = "--study", paramLabel = "<uid>", description = "only within this study")
    Optional<String> study = Optional.empty();

    @Option(names = "--series", paramLabel = "<uid>", description = "only within this series (needs --study)")
    Optional<String> series = Optional.empty();

    @Option(names = {"-m", "--match"}, paramLabel = "KEY=VALUE", description = "match attribute KEY (keyword or tag) with VALUE")
    Map<String, String> matches = Map.of();

    @Option(names = "--limit", paramLabel = "<n>", description = "at most n results")
    Optional<Integer> limit = Optional.empty();

    @Option(names = "--offset", paramLabel = "<n>", description = "skip the first n results")
    Optional<Integer> offset = Optional.empty();

    @Option(names = "--json", description = "print the DICOM JSON array")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (series.isPresent() && study.isEmpty()) {
            throw new CommandFailure(LumenCommand.USAGE, "--series needs --study");
        }
        QidoQuery.Builder query = switch (level) {
            case study -> QidoQuery.studies();
            case series -> study.map(QidoQuery::seriesOfStudy).orElseGet(QidoQuery::series);
            case instance -> series.isPresent() ? QidoQuery.instancesOfSeries(study.orElseThrow(), series.get())
                    : study.map(QidoQuery::instancesOfStudy).orElseGet(QidoQuery::instances);
        };
        if (level == Level.study && study.isPresent()) {
            query.match(Tag.StudyInstanceUID, study.get());
        }
        matches.forEach(query::match);
        limit.ifPresent(query::limit);
        offset.ifPresent(query::offset);
        QidoQuery built = query.build();
        List<DataSet> results = server.call(client -> client.search(built));
        if (json) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DicomJsonWriter.writeArray(results, bytes, new JsonOptions(true, true));
            spec.commandLine().getOut().println(bytes.toString(StandardCharsets.UTF_8));
        } else {
            int[] columns = switch (level) {
                case study -> new int[] {Tag.StudyInstanceUID, Tag.PatientName, Tag.PatientID, Tag.StudyDate,
                        Tag.ModalitiesInStudy, Tag.StudyDescription};
                case series -> new int[] {Tag.SeriesInstanceUID, Tag.Modality, Tag.SeriesNumber, Tag.SeriesDescription};
                case instance -> new int[] {Tag.SOPInstanceUID, Tag.SeriesInstanceUID, Tag.InstanceNumber};
            };
            for (DataSet d : results) {
                StringBuilder line = new StringBuilder();
                for (int tag : columns) {
                    line.append(line.isEmpty() ? "" : "\t").append(String.join("\\", d.getStrings(tag)));
                }
                spec.commandLine().getOut().println(line);
            }
        }
        spec.commandLine().getOut().flush();
        return LumenCommand.OK;
    }
}
