import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.lumen.bench.web.CtSeriesWriter;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.viewer.cache.StudyCache;
import org.lumen.viewer.priors.PriorPrefetch;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.SessionCredentialStore;
import org.lumen.viewer.servers.TlsSettings;
import org.lumen.viewer.servers.UnavailableCredentialStore;
import org.lumen.viewer.strip.SeriesSummary;
import org.lumen.viewer.strip.StudyRetrieval;
import org.lumen.viewer.stream.Tier;

/**
 * bench/priors.sh's run (compiled by the script against the app's classes, as bench/startup/EmptyWindow.java): a current
 * CT study of several series opened as the series strip opens it (ADR 0015/0016: the series on the screen streamed, the
 * next one prefetched at Tier.NEXT, the others downloaded whole one at a time once the streams are idle, every series
 * queued first), with the priors' prefetch behind it (PriorPrefetch, its limit from -Dlumen.priors.prefetch).
 * {@code store URL SIZE SLICES}: writes and STOWs the current study (4 series) and 2 chest priors (2 series each) and a
 * head CT. {@code run URL}: prints one JSON line: ms to the current study's last series complete ("lastSeriesMs", the
 * figure compared), to the first candidate prior opened ("firstPriorOpenedMs", after the timeline search), to the priors complete ("priorsMs", -1 when off or not within 120 s), and the limit.
 */
public final class PriorPrefetchRun {
    private static final String ROOT = "1.2.826.0.1.3680043.9.7777.78";
    private static final String CURRENT = ROOT + ".1";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "store" -> store(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "run" -> run(URI.create(args[1]));
            default -> throw new IllegalArgumentException("usage: store URL SIZE SLICES | run URL");
        }
    }

    private static void store(URI url, int size, int slices) throws IOException {
        DicomWebClient client = DicomWebClient.builder().server(ServerConfig.of("bench", url).withQueryEncoding(QueryEncoding.LITERAL)).build();
        Path dir = Files.createTempDirectory("lumen-priors-bench");
        List<String> current = List.of("Axial", "Axial lung", "Coronal", "Sagittal");
        study(client, dir, 1, "20260301", "CHEST", current, size, slices);
        study(client, dir, 2, "20251001", "HEAD", List.of("Axial"), size, slices); // same modality, not relevant
        study(client, dir, 3, "20250601", "CHEST", List.of("Axial", "Axial lung"), size, slices);
        study(client, dir, 4, "20240601", "CHEST", List.of("Axial", "Axial lung"), size, slices);
    }

    private static void study(DicomWebClient client, Path dir, int study, String date, String region, List<String> series, int size, int slices)
            throws IOException {
        Random random = new Random(study);
        for (int s = 0; s < series.size(); s++) {
            List<Path> files = new ArrayList<>();
            for (int k = 0; k < slices; k++) {
                DataSet ds = new DataSet();
                ds.setString(Tag.SOPInstanceUID, VR.UI, ROOT + "." + study + "." + (s + 1) + "." + (k + 1));
                ds.setString(Tag.StudyInstanceUID, VR.UI, ROOT + "." + study);
                ds.setString(Tag.SeriesInstanceUID, VR.UI, ROOT + "." + study + "." + (s + 1));
                ds.setString(Tag.FrameOfReferenceUID, VR.UI, ROOT + "." + study + ".0");
                ds.setString(Tag.PatientName, VR.PN, "Bench^Priors");
                ds.setString(Tag.PatientID, VR.LO, "BENCH-PRIORS");
                ds.setString(Tag.StudyDate, VR.DA, date);
                ds.setString(Tag.StudyDescription, VR.LO, "CT routine");
                ds.setString(Tag.BodyPartExamined, VR.CS, region);
                ds.setString(Tag.SeriesDescription, VR.LO, series.get(s));
                ds.setInt(Tag.SeriesNumber, VR.IS, s + 1);
                ds.setInt(Tag.InstanceNumber, VR.IS, k + 1);
                CtSeriesWriter.ctImage(ds, size, k, 2.0);
                ByteBuffer pixels = ByteBuffer.allocate(size * size * 2).order(ByteOrder.LITTLE_ENDIAN);
                while (pixels.hasRemaining()) {
                    pixels.putShort((short) random.nextInt(4096)); // noise (HU -1024..3071): nothing on the link compresses it
                }
                ds.setBytes(Tag.PixelData, VR.OW, pixels.array());
                Path file = dir.resolve(study + "-" + s + "-" + k + ".dcm");
                Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
                files.add(file);
            }
            if (!client.store(files).allStored()) {
                throw new IOException("STOW failed for study " + study + " series " + s);
            }
            for (Path f : files) {
                Files.delete(f);
            }
        }
    }

    private static void run(URI url) throws Exception {
        Path dir = Files.createTempDirectory("lumen-priors-run");
        ServerSettings server = new ServerSettings("bench", "Bench", url, url, url, new AuthSettings.None(), TlsSettings.none(), QueryEncoding.LITERAL);
        ServerSettingsFile file = new ServerSettingsFile(new ConfigFolder(dir.resolve("config")));
        file.save(List.of(server));
        ServerRegistry registry = new ServerRegistry(file, new ServerClients(new SessionCredentialStore(new UnavailableCredentialStore("bench"))));
        DicomWebClient client = registry.clients().client(server);
        byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        try (StudyCache cache = StudyCache.open(dir.resolve("cache"), StoreKeys.fromMasterKey(key), 1L << 32);
                PriorPrefetch prefetch = new PriorPrefetch(registry, (s, uid) -> opened(new StudyRetrieval(client, "bench", "Bench", uid, cache)))) {
            long t0 = System.nanoTime();
            StudyRetrieval now = new StudyRetrieval(client, "bench", "Bench", CURRENT, cache);
            List<SeriesSummary> listed = now.listSeries();
            queue(now, listed);
            Runnable release = now.holdBulkDownloads(); // the strip holds them from the moment it decides to stream
            prefetch.studyOpened(now, listed.get(0));
            Thread downloads = Thread.ofPlatform().start(() -> {
                try {
                    for (SeriesSummary s : listed.subList(2, listed.size())) {
                        now.awaitStreamsIdle();
                        now.download(s, n -> { });
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                if (now.stream(listed.get(0), first -> { }).isEmpty() || !now.prefetch(listed.get(1), Tier.NEXT)) {
                    throw new IllegalStateException("the first two series did not stream");
                }
            } finally {
                release.run();
            }
            downloads.join();
            while (!now.streamsIdle()) {
                Thread.sleep(5);
            }
            for (SeriesSummary s : listed) {
                if (!now.isDownloaded(s.seriesUid()) && now.streams().map(st -> st.series(s.seriesUid())).filter(x -> x != null && x.complete()).isEmpty()) {
                    throw new IllegalStateException("series " + s.seriesUid() + " not complete");
                }
            }
            long last = (System.nanoTime() - t0) / 1_000_000;
            long priors = -1;
            long end = System.nanoTime() + 120_000_000_000L;
            while (prefetch.limit() > 0 && System.nanoTime() < end) {
                if (prefetch.prefetched().size() == prefetch.limit() && prefetch.prefetched().stream()
                        .allMatch(p -> p.series().stream().allMatch(x -> p.retrieval().isDownloaded(x.seriesUid())))) {
                    priors = (System.nanoTime() - t0) / 1_000_000;
                    break;
                }
                Thread.sleep(20);
            }
            System.out.printf("{\"limit\":%d,\"lastSeriesMs\":%d,\"firstPriorOpenedMs\":%d,\"priorsMs\":%d}%n", prefetch.limit(), last,
                    firstPrior.get() < 0 ? -1 : (firstPrior.get() - t0) / 1_000_000, priors);
            now.closeStreams();
        }
    }

    /** When the prefetch opened its first candidate prior (after the timeline search): -1 until then. */
    private static final java.util.concurrent.atomic.AtomicLong firstPrior = new java.util.concurrent.atomic.AtomicLong(-1);

    private static StudyRetrieval opened(StudyRetrieval prior) {
        firstPrior.compareAndSet(-1, System.nanoTime());
        return prior;
    }

    /** Queues every series as the strip does (prefetch2); absent from builds before it, where nothing is queued. */
    private static void queue(StudyRetrieval now, List<SeriesSummary> listed) throws ReflectiveOperationException {
        try {
            StudyRetrieval.class.getMethod("queueDownloads", java.util.Collection.class)
                    .invoke(now, listed.stream().map(SeriesSummary::seriesUid).toList());
        } catch (NoSuchMethodException e) {
            // the rule before prefetch2: the priors waited for the streams only
        }
    }
}
