package org.lumen.viewer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicomweb.RetrievedInstance;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lumen web retrieve}: WADO-RS retrieve of a study or series, each instance written as
 * {@code DIR/<SOPInstanceUID>.dcm} (to a temporary file first, then moved into place), with a
 * progress line on stderr when it is a terminal, and a summary line on stdout. With {@code --cache}
 * the instances are also kept in the encrypted cache; {@code --offline} writes them from there.
 */
@Command(name = "retrieve", mixinStandardHelpOptions = true, description = "Download a study or series as Part 10 files.")
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
        java.io.Console console = System.console();
        boolean progress = console != null && console.isTerminal();
        long start = System.nanoTime();
        int count;
        try (CachedRetrieve opened = caching.open(server.url)) {
            cache = opened;
            if (caching.offline()) {
                java.util.List<Long> sizes = cache.writeOffline(study, series, out);
                bytes = sizes.stream().mapToLong(Long::longValue).sum();
                count = sizes.size();
                cache.audit(study, org.lumen.store.audit.AuditAction.VIEW_OFFLINE);
            } else {
                count = server.call(client -> series.isPresent()
                        ? client.retrieveSeries(study, series.get(), i -> save(i, progress))
                        : client.retrieveStudy(study, i -> save(i, progress)));
                cache.audit(study, org.lumen.store.audit.AuditAction.RETRIEVE);
            }
        }
        if (progress) {
            spec.commandLine().getErr().println();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("%d instances, %d bytes, %.1f s%n", count, bytes, seconds);
        spec.commandLine().getOut().flush();
        return LumenCommand.OK;
    }

    private void save(RetrievedInstance instance, boolean progress) throws IOException {
        Path temp = Files.createTempFile(out, ".retrieve", ".part");
        try {
            long size;
            try (InputStream in = instance.body(); OutputStream o = Files.newOutputStream(temp)) {
                size = in.transferTo(o);
            }
            DicomFile file = Part10Reader.read(temp);
            String uid = file.dataSet().getString(org.lumen.dicom.Tag.SOPInstanceUID)
                    .orElseThrow(() -> new CommandFailure(LumenCommand.FAILURE,
                            "instance " + (instance.index() + 1) + " of the response has no SOP Instance UID"));
            if (!uid.matches("[0-9]+(\\.[0-9]+)*") || uid.length() > 64) { // also keeps the name inside DIR
                throw new CommandFailure(LumenCommand.FAILURE, "instance " + (instance.index() + 1)
                        + " has an invalid SOP Instance UID: " + uid);
            }
            cache.keep(temp, file.dataSet(), uid);
            Files.move(temp, out.resolve(uid + ".dcm"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            bytes += size;
            if (progress) {
                spec.commandLine().getErr().printf("\r%d instances, %d bytes", instance.index() + 1, bytes);
                spec.commandLine().getErr().flush();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
