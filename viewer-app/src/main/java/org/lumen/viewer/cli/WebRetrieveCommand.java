package org.lumen.viewer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.RetrievedInstance;
import org.lumen.store.audit.AuditAction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lumen web retrieve}: WADO-RS retrieve of a study or series, each instance written as
 * {@code DIR/<SOPInstanceUID>.dcm} (to a temporary file first, then moved into place), with
 * {@link RetrieveProgress} on stderr (a bar on a terminal, one line per file elsewhere) and a summary
 * line on stdout. The number of instances for the bar comes from one QIDO-RS search first; without
 * it the bar shows the count only. With {@code --cache} the instances are also kept in the encrypted
 * cache; {@code --offline} writes them from there without contacting the server.
 */
@Command(name = "retrieve", mixinStandardHelpOptions = true, description = "Download a study or series as Part 10 files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every instance of the response was saved",
                "1:the server sent an instance that is not valid DICOM or has no valid SOP Instance UID",
                "2:usage error (bad options, unreadable --token-file, --ca-file or --client-cert, incomplete OAuth 2.0 options)",
                "3:I/O failure: server unreachable, authentication refused, sign-in refused, TLS failure, HTTP error, connection cut, disk full"})
final class WebRetrieveCommand implements Callable<Integer> {
    @Mixin
    WebOptions server;

    @Option(names = "--study", required = true, paramLabel = "<uid>")
    String study;

    @Option(names = "--series", paramLabel = "<uid>")
    Optional<String> series = Optional.empty();

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "directory for the files (created if absent)")
    Path out;

    @Mixin
    RetrieveCacheOptions caching;

    @Spec
    CommandSpec spec;

    private long bytes;
    private CachedRetrieve cache = CachedRetrieve.none();

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        CliEnvironment environment = server.environment();
        long start = environment.nanoClock().getAsLong();
        int count;
        try (CachedRetrieve opened = caching.open(server.root())) {
            cache = opened;
            if (caching.offline()) {
                List<Long> sizes = cache.writeOffline(study, series, out);
                bytes = sizes.stream().mapToLong(Long::longValue).sum();
                count = sizes.size();
                cache.audit(study, AuditAction.VIEW_OFFLINE);
            } else {
                count = server.call(client -> {
                    RetrieveProgress progress = new RetrieveProgress(spec.commandLine().getErr(), environment,
                            expectedInstances(client));
                    int n = series.isPresent()
                            ? client.retrieveSeries(study, series.get(), i -> save(i, progress))
                            : client.retrieveStudy(study, i -> save(i, progress));
                    progress.finish();
                    return n;
                });
                cache.audit(study, AuditAction.RETRIEVE);
            }
        }
        double seconds = (environment.nanoClock().getAsLong() - start) / 1e9;
        spec.commandLine().getOut().printf("%s, %d bytes, %.1f s%n", org.lumen.viewer.text.Plural.of(count, "instance", "instances"), bytes, seconds);
        spec.commandLine().getOut().flush();
        return LumenCommand.OK;
    }

    /** The number of instances the retrieve will bring, from QIDO-RS; empty when the server does not say. */
    private OptionalInt expectedInstances(DicomWebClient client) {
        try {
            List<DataSet> found = series.isPresent()
                    ? client.search(QidoQuery.seriesOfStudy(study).match(Tag.SeriesInstanceUID, series.get())
                            .includeField(Tag.NumberOfSeriesRelatedInstances).build())
                    : client.search(QidoQuery.studies().match(Tag.StudyInstanceUID, study)
                            .includeField(Tag.NumberOfStudyRelatedInstances).build());
            int tag = series.isPresent() ? Tag.NumberOfSeriesRelatedInstances : Tag.NumberOfStudyRelatedInstances;
            return found.size() == 1 ? found.getFirst().getInt(tag) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty(); // the retrieve itself will report a real failure
        }
    }

    private void save(RetrievedInstance instance, RetrieveProgress progress) throws IOException {
        Path temp = Files.createTempFile(out, ".retrieve", ".part");
        try {
            long size;
            try (InputStream in = instance.body(); OutputStream o = Files.newOutputStream(temp)) {
                size = in.transferTo(o);
            }
            DicomFile file = Part10Reader.read(temp);
            String uid = file.dataSet().getString(Tag.SOPInstanceUID)
                    .orElseThrow(() -> new CommandFailure(LumenCommand.FAILURE,
                            "instance " + (instance.index() + 1) + " of the response has no SOP Instance UID"));
            if (!uid.matches("[0-9]+(\\.[0-9]+)*") || uid.length() > 64) { // also keeps the name inside DIR
                throw new CommandFailure(LumenCommand.FAILURE, "instance " + (instance.index() + 1)
                        + " has an invalid SOP Instance UID: " + uid);
            }
            cache.keep(temp, file.dataSet(), uid);
            Files.move(temp, out.resolve(uid + ".dcm"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            bytes += size;
            progress.saved(uid + ".dcm", size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
