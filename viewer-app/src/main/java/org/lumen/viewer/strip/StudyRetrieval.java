package org.lumen.viewer.strip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.RenderOptions;
import org.lumen.store.audit.AuditAction;
import org.lumen.viewer.cache.CacheFrameSink;
import org.lumen.viewer.cache.CachedPlans;
import org.lumen.viewer.cache.SeriesInstances;
import org.lumen.viewer.cache.StudyCache;
import org.lumen.viewer.stream.BackgroundSource;
import org.lumen.viewer.stream.CachedSlice;
import org.lumen.viewer.stream.FirstSlice;
import org.lumen.viewer.stream.RetrievalScheduler;
import org.lumen.viewer.stream.SeriesOpening;
import org.lumen.viewer.stream.SeriesPlan;
import org.lumen.viewer.stream.SeriesStream;
import org.lumen.viewer.stream.StreamedSeries;
import org.lumen.viewer.stream.StreamedStudy;
import org.lumen.viewer.stream.Tier;

/**
 * One study on one server: its image series (QIDO-RS; documents such as KO and SR are left out), a thumbnail per series (WADO-RS rendered at a
 * small viewport, else Lumen's own decoding of the middle instance), and each series' instances
 * (WADO-RS), kept in the encrypted {@link StudyCache} and handed over in memory: nothing of the
 * study is written to disk in plain text. A series the cache holds completely is not downloaded
 * again; when the server cannot be reached, the series the cache holds are listed and opened as
 * they are, marked offline. Blocking; thread-safe as long as one series is not downloaded twice at once.
 */
public final class StudyRetrieval {
    private static final long MAX_INSTANCE_BYTES = 1L << 30;
    /**
     * Series of documents, not images (key object selections, structured reports, presentation states):
     * not listed as series; the workstation reads key images and measurements apart (org.lumen.viewer.keys).
     */
    static final Set<String> DOCUMENT_MODALITIES = Set.of("KO", "SR", "PR");
    private final DicomWebClient client;
    private final String serverId;
    private final String serverName;
    private final String studyUid;
    private final StudyCache cache;
    private final Map<String, SeriesSummary> known = new ConcurrentHashMap<>();
    private final Set<String> completed = ConcurrentHashMap.newKeySet();
    /** The middle instance of each series by Instance Number (the thumbnail's; the first slice streamed). */
    private final Map<String, String> middles = new ConcurrentHashMap<>();
    /** Streamed series whose completion is watched (audited once). */
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private volatile boolean offline;
    /** The study's streaming scheduler, made on the first streamed series; guarded by {@code this}. */
    private StreamedStudy streamed;
    /** Streams being opened (their metadata on the way): the bulk downloads wait for them too. */
    private final java.util.concurrent.atomic.AtomicInteger opening = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean streamsClosed;
    // ---- prefetch2 (ADR 0016 amended): the current study first, its whole-series downloads included
    private final DownloadsToCome toCome = new DownloadsToCome();
    // ---- priors-stream (ADR 0016): the plan kept beside the frames; a prior prefetched behind the current study
    private final CachedPlans plans;
    /** Set for a prior prefetched in the background: whether the current study's downloads (or a prior ahead) are busy. */
    private volatile java.util.function.BooleanSupplier othersBusy;
    private volatile boolean foreground;
    /** Guarded by {@code this}: the background gate of this study's scheduler, once made. */
    private BackgroundSource background;
    /** Streams of other studies that close with this one's (a prior prefetched behind it). */
    private final List<Runnable> alsoClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** A prior's scheduler: as the current's, but at most 2 frames a request (one small request overlaps later work). */
    private static final RetrievalScheduler.Settings PRIOR_SETTINGS = new RetrievalScheduler.Settings(8, 2, 8, 2,
            RetrievalScheduler.Settings.DEFAULT.decodeThreads());

    public StudyRetrieval(DicomWebClient client, String serverId, String serverName, String studyUid, StudyCache cache) {
        this.client = Objects.requireNonNull(client, "client");
        this.serverId = Objects.requireNonNull(serverId, "serverId");
        this.serverName = Objects.requireNonNull(serverName, "serverName");
        this.studyUid = Objects.requireNonNull(studyUid, "studyUid");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.plans = new CachedPlans(cache, serverId);
    }

    public String studyUid() {
        return studyUid;
    }

    /** The series listed by {@link #listSeries()} so far, by Series Number (no request). */
    public List<SeriesSummary> listedSeries() {
        return known.values().stream().sorted(Comparator.comparingInt(SeriesSummary::number).thenComparing(SeriesSummary::seriesUid)).toList();
    }

    /** Whether the study came from the cache because its server could not be reached. */
    public boolean offline() {
        return offline;
    }

    /**
     * The study's series, by Series Number: from the server, else (server unreachable) the series the
     * cache holds, and then {@link #offline()} is true. Records the access in the audit log as a view
     * (the series are listed to be shown).
     */
    public List<SeriesSummary> listSeries() throws IOException {
        return listSeries(true);
    }

    /**
     * As {@link #listSeries()}; {@code shown} false for a listing nobody sees (the prior prefetch
     * looking at a candidate prior's series), which the audit log records as a query, not a view.
     */
    public List<SeriesSummary> listSeries(boolean shown) throws IOException {
        List<SeriesSummary> series = new ArrayList<>();
        try {
            QidoQuery query = QidoQuery.seriesOfStudy(studyUid).includeField(Tag.SeriesDescription)
                    .includeField(Tag.SeriesNumber).includeField(Tag.NumberOfSeriesRelatedInstances).includeField(Tag.BodyPartExamined).build();
            for (DataSet ds : client.search(query)) {
                if (!ds.getString(Tag.SeriesInstanceUID, "").isEmpty() && !DOCUMENT_MODALITIES.contains(ds.getString(Tag.Modality, ""))) {
                    series.add(SeriesSummary.of(ds));
                }
            }
            offline = false;
        } catch (IOException e) {
            if (DicomWebException.serverAnswered(e) || cache.seriesCounts(serverId, studyUid).isEmpty()) {
                throw e; // the server answered (refused, not found...) or there is nothing to fall back on
            }
            series.addAll(cachedSeries());
            offline = true;
        }
        series.sort(Comparator.comparingInt(SeriesSummary::number).thenComparing(SeriesSummary::seriesUid));
        series.forEach(s -> known.put(s.seriesUid(), s));
        cache.audit(serverId, studyUid, "", !shown ? AuditAction.QUERY : offline ? AuditAction.VIEW_OFFLINE : AuditAction.VIEW);
        return List.copyOf(series);
    }

    private List<SeriesSummary> cachedSeries() throws IOException {
        List<SeriesSummary> series = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : cache.seriesCounts(serverId, studyUid).entrySet()) {
            Optional<byte[]> first = cache.firstInstance(serverId, studyUid, entry.getKey());
            if (first.isPresent()) {
                DataSet ds = read(first.get()).dataSet();
                // priors-stream: a series closed mid-stream counts what its kept plan lists, not what arrived
                int count = Math.max(entry.getValue(), plans.planned(studyUid, entry.getKey()));
                series.add(new SeriesSummary(entry.getKey(), ds.getInt(Tag.SeriesNumber, 0), ds.getString(Tag.Modality, ""),
                        ds.getString(Tag.SeriesDescription, ""), count, ds.getString(Tag.BodyPartExamined, "").trim()));
            }
        }
        return series;
    }

    /**
     * The series' thumbnail from its middle instance (by Instance Number): the server's rendering
     * when it offers one, else decoded here (from the cache when offline).
     */
    public Thumbnail thumbnail(SeriesSummary series, int size) throws IOException {
        if (offline) {
            byte[] first = cache.firstInstance(serverId, studyUid, series.seriesUid())
                    .orElseThrow(() -> new IOException("no cached instance of " + series.seriesUid()));
            DicomFile dicom = read(first);
            return ThumbnailRaster.fromDataSet(dicom.dataSet(), dicom.transferSyntax().uid(), size);
        }
        String instance = middleInstance(series);
        try {
            byte[] rendered = client.renderedInstance(studyUid, series.seriesUid(), instance,
                    RenderOptions.jpeg().withViewport(size, size)).data();
            return ThumbnailRaster.fromEncoded(rendered, size);
        } catch (DicomWebException e) {
            if (e.statusCode().isEmpty() && e.problem() != DicomWebException.Problem.UNEXPECTED_CONTENT_TYPE) {
                throw e;
            }
            // The server does not render this instance (404, 406, 400...): decode it here.
        }
        byte[][] part10 = new byte[1][];
        client.retrieveInstance(studyUid, series.seriesUid(), instance, retrieved -> part10[0] = bytesOf(retrieved.body()));
        DicomFile dicom = read(part10[0]);
        return ThumbnailRaster.fromDataSet(dicom.dataSet(), dicom.transferSyntax().uid(), size);
    }

    /** Whether the cache holds the whole series (as many instances as the server reports). */
    public boolean isDownloaded(String seriesUid) {
        if (completed.contains(seriesUid)) {
            return true;
        }
        SeriesSummary series = known.get(seriesUid);
        int held = cache.count(serverId, studyUid, seriesUid);
        return held > 0 && (offline || series != null && series.instanceCount() > 0 && held >= series.instanceCount());
    }

    /** The series from the cache, in memory (it must be {@linkplain #isDownloaded downloaded}). */
    public SeriesInstances load(String seriesUid) throws IOException {
        List<byte[]> instances = cache.instances(serverId, studyUid, seriesUid);
        return new SeriesInstances(seriesUid, serverName + (offline ? " (offline, from the cache)" : " (cache)"), instances, offline);
    }

    /**
     * The series' instances: from the cache when it holds them all (and they pass their integrity
     * checks), else retrieved from the server, each kept in the cache as it arrives and counted to
     * {@code progress}.
     */
    public SeriesInstances download(SeriesSummary series, IntConsumer progress) throws IOException {
        toCome.started(series.seriesUid());
        try {
            return downloadNow(series, progress);
        } finally {
            toCome.ended();
        }
    }

    private SeriesInstances downloadNow(SeriesSummary series, IntConsumer progress) throws IOException {
        known.putIfAbsent(series.seriesUid(), series);
        if (isDownloaded(series.seriesUid())) {
            SeriesInstances cached = load(series.seriesUid());
            if (offline || series.instanceCount() <= 0 || cached.part10().size() >= series.instanceCount()) {
                progress.accept(cached.part10().size());
                completed.add(series.seriesUid());
                return cached;
            }
            // an entry failed its integrity check and was dropped: fetch the series again
        }
        if (offline) {
            throw new IOException("the server cannot be reached and the cache does not hold this series");
        }
        List<byte[]> received = new ArrayList<>();
        String[] patient = {""};
        client.retrieveSeries(studyUid, series.seriesUid(), retrieved -> {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.io.InterruptedIOException("download cancelled");
            }
            byte[] part10 = bytesOf(retrieved.body());
            // The header only (patient, cache labels): the viewer parses the whole instance once, when it opens it.
            DataSet header = Part10Reader.read(new ByteArrayInputStream(part10), HEADER_ONLY).dataSet();
            patient[0] = header.getString(Tag.PatientID, patient[0]);
            cache.keep(serverId, header, part10);
            received.add(part10);
            progress.accept(received.size());
        });
        completed.add(series.seriesUid());
        cache.audit(serverId, studyUid, patient[0], AuditAction.RETRIEVE);
        return new SeriesInstances(series.seriesUid(), serverName, received, false);
    }

    /**
     * Streams a series from the server (see {@link StreamedStudy}): blocking for its metadata only, then the
     * slice in the middle first, every frame kept in the cache as it arrives. Empty when streaming does not
     * apply: offline, or a series with multi-frame instances (those are downloaded whole, {@link #download}).
     */
    public Optional<SeriesInstances> stream(SeriesSummary series, java.util.function.Consumer<SeriesInstances> early) throws IOException {
        known.putIfAbsent(series.seriesUid(), series);
        if (offline) {
            return Optional.empty();
        }
        opening.incrementAndGet();
        try {
            Optional<SeriesInstances> streamed = streamNow(series, early);
            if (streamed.isPresent()) {
                toCome.streaming(series.seriesUid());
            }
            return streamed;
        } finally {
            opening.decrementAndGet();
        }
    }

    private Optional<SeriesInstances> streamNow(SeriesSummary series, java.util.function.Consumer<SeriesInstances> early) throws IOException {
        StreamedStudy study = streamedStudy();
        String origin = serverName + " (streaming)";
        String uid = series.seriesUid();
        if (study.series(uid) == null && cache.count(serverId, studyUid, uid) > 0) {
            return resume(study, series, origin); // closed mid-stream before, part of it cached (ADR 0016)
        }
        if (study.series(uid) == null) {
            // The slice on the screen first, before the series' metadata, whose request starts beside it (ADR 0015).
            java.util.concurrent.CompletableFuture<SeriesPlan> plan = study.planAsync(uid);
            Optional<String> middle = middleInstanceOf(uid);
            if (middle.isPresent()) {
                Optional<SeriesOpening.Opened> opened = study.open(uid, middle.get(), series.instanceCount(), plan,
                        first -> early.accept(SeriesInstances.streaming(study.provisional(uid, first, origin))), StudyRetrieval::streamable);
                if (opened.isEmpty()) {
                    return Optional.empty();
                }
                StreamedSeries s = study.series(uid);
                whenComplete(s);
                keepPlan(s.plan());
                return Optional.of(SeriesInstances.streaming(new SeriesStream(study, s, origin, opened.get().index(), false)));
            }
        }
        SeriesPlan plan = study.plan(uid);
        if (!streamable(plan)) {
            return Optional.empty();
        }
        StreamedSeries s = study.open(plan, -1);
        whenComplete(s);
        keepPlan(plan);
        return Optional.of(SeriesInstances.streaming(new SeriesStream(study, s, origin, -1, false)));
    }

    /** Streams a series at a lower priority than the ones on the screen (the next series); false when it cannot. */
    public boolean prefetch(SeriesSummary series, Tier tier) throws IOException {
        known.putIfAbsent(series.seriesUid(), series);
        if (offline || isDownloaded(series.seriesUid())) {
            return false;
        }
        opening.incrementAndGet();
        try {
            StreamedStudy study = streamedStudy();
            boolean partial = study.series(series.seriesUid()) == null && cache.count(serverId, studyUid, series.seriesUid()) > 0;
            SeriesPlan plan = study.plan(series.seriesUid());
            if (!streamable(plan)) {
                return false;
            }
            // priors2: part of it cached (closed mid-stream before): only the frames the cache lacks are fetched
            whenComplete(partial ? study.prefetch(plan, plans.slices(plan), tier) : study.prefetch(plan, tier));
            toCome.streaming(series.seriesUid());
            keepPlan(plan);
            return true;
        } finally {
            opening.decrementAndGet();
        }
    }

    /**
     * Holds the bulk downloads back from now on, until the returned action runs: the strip calls it on the FX thread
     * when it decides to stream a series, before the task that opens the stream (and prefetches the next series)
     * has started, so that no bulk download slips in ahead of the slice on the screen.
     */
    public Runnable holdBulkDownloads() {
        opening.incrementAndGet();
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                opening.decrementAndGet();
            }
        };
    }

    /**
     * Series the strip is going to download whole (the bulk downloads, ADR 0015): until each is downloaded or streams,
     * the study's downloads are not {@linkplain #downloadsIdle() idle}, so a prior's prefetch does not start. The strip
     * calls it before it says the study is listed, and again for a series put back in its queue.
     */
    public void queueDownloads(java.util.Collection<String> seriesUids) {
        toCome.queue(seriesUids);
    }

    /**
     * Whether nothing of this study is on the link or about to be (now): no stream opening or with slices to fetch, no
     * whole-series download in flight, none queued. A prior's prefetch goes only while this holds (ADR 0016, amended).
     */
    public boolean downloadsIdle() {
        return streamsIdle() && toCome.none();
    }

    /** Waits until this study's downloads are {@linkplain #downloadsIdle() idle} or its streams are closed. */
    public void awaitDownloadsIdle() throws InterruptedException {
        while (!streamsClosed && !downloadsIdle()) {
            Thread.sleep(50);
        }
    }

    /** Waits while a stream of this study is opening or has slices to fetch, so that bulk downloads come after. */
    public void awaitStreamsIdle() throws InterruptedException {
        while (!streamsClosed) {
            if (streamsIdle()) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** Whether no stream of this study is opening or has slices to fetch (now). */
    public boolean streamsIdle() {
        StreamedStudy s;
        synchronized (this) {
            s = streamed;
        }
        return opening.get() == 0 && (s == null || s.isClosed() || s.remaining() == 0);
    }

    /** Whether {@link #closeStreams} was called. */
    public boolean streamsClosed() {
        return streamsClosed;
    }

    /**
     * Ends every stream of this study: requests cancelled (queued or in flight), threads ended, slices dropped;
     * idempotent. Returns at once (the FX thread calls it): the threads end on a thread of their own.
     */
    public void closeStreams() {
        streamsClosed = true;
        StreamedStudy s;
        synchronized (this) {
            s = streamed;
            streamed = null;
        }
        if (s != null) {
            Thread closer = new Thread(s::close, "lumen-stream-close");
            closer.setDaemon(true);
            closer.start();
        }
        alsoClose.forEach(Runnable::run);
    }

    /** The study's streaming scheduler, if a series of it streams (tests look at its requests in flight). */
    public synchronized Optional<StreamedStudy> streams() {
        return Optional.ofNullable(streamed);
    }

    private synchronized StreamedStudy streamedStudy() {
        if (streamed == null) {
            java.util.function.BooleanSupplier busy = othersBusy;
            if (busy == null) {
                streamed = new StreamedStudy(client, studyUid, List.of(new CacheFrameSink(cache, serverId)), false);
            } else {
                streamed = new StreamedStudy(client, studyUid, List.of(new CacheFrameSink(cache, serverId)), false, PRIOR_SETTINGS, source -> {
                    background = new BackgroundSource(source, busy);
                    if (foreground) {
                        background.foreground();
                    }
                    return background;
                });
            }
        }
        return streamed;
    }

    // ---- priors-stream: a prior prefetched behind the current study (ADR 0016)

    /**
     * Makes this study (a prior) a background one behind {@code current}: its frame requests wait while the
     * current study's downloads are not {@linkplain #downloadsIdle() idle} (streams and whole-series downloads), one small request at a time, and its streams close with the current's.
     * Call before the first stream of this study.
     */
    public void prefetchBehind(StudyRetrieval current) {
        prefetchBehind(current, List.of());
    }

    /**
     * As {@link #prefetchBehind(StudyRetrieval)}, and behind {@code ahead} too (more relevant priors prefetched
     * before this one): its requests also wait while any of those has slices to fetch.
     */
    public void prefetchBehind(StudyRetrieval current, List<StudyRetrieval> ahead) {
        List<StudyRetrieval> before = List.copyOf(ahead);
        othersBusy = () -> !current.downloadsIdle() || before.stream().anyMatch(b -> !b.streamsIdle());
        current.alsoClose.add(this::closeStreams);
        if (current.streamsClosed()) {
            closeStreams();
        }
    }

    /** This study is on the screen now (a prior opened for comparison): its requests no longer wait. */
    public void foreground() {
        foreground = true;
        BackgroundSource b;
        synchronized (this) {
            b = background;
        }
        if (b != null) {
            b.foreground();
        }
    }

    /** Frame requests of this study that waited for the current study's streams (tests). */
    public synchronized int waitedForOthers() {
        return background == null ? 0 : background.waited();
    }

    /** The Patient ID of the study (QIDO-RS); empty when the server does not say. */
    public String patientId() throws IOException {
        for (DataSet ds : client.search(QidoQuery.studies().match(Tag.StudyInstanceUID, studyUid).includeField(Tag.PatientID).build())) {
            return ds.getString(Tag.PatientID, "");
        }
        return "";
    }

    // ---- priors-stream: a series closed mid-stream (ADR 0016)

    /** Whether the cache holds only part of the series (its kept plan lists more instances than it holds). */
    public boolean isPartial(String seriesUid) {
        int held = cache.count(serverId, studyUid, seriesUid);
        return held > 0 && plans.planned(studyUid, seriesUid) > held;
    }

    /**
     * A series of which the cache holds part, opened offline: the cached slices shown, the others marked
     * MISSING, never filled in; empty when no plan was kept (then it opens as what the cache holds).
     */
    public Optional<SeriesInstances> openPartial(SeriesSummary series) throws IOException {
        Optional<SeriesPlan> plan = plans.plan(studyUid, series.seriesUid());
        if (plan.isEmpty() || !streamable(plan.get())) {
            return Optional.empty();
        }
        StreamedStudy study = streamedStudy();
        List<CachedSlice> cached = plans.slices(plan.get());
        int start = nearestMiddle(plan.get(), cached);
        StreamedSeries s = study.resume(plan.get(), cached, start,
                Optional.of(new IOException("the server cannot be reached and the cache does not hold this slice")));
        return Optional.of(SeriesInstances.streaming(new SeriesStream(study, s, serverName + " (offline, from the cache)", start, false)));
    }

    /** Streams what the cache lacks of a series part of which it holds: the cached slices shown at once, never fetched again. */
    private Optional<SeriesInstances> resume(StreamedStudy study, SeriesSummary series, String origin) throws IOException {
        SeriesPlan plan = study.plan(series.seriesUid());
        if (!streamable(plan)) {
            return Optional.empty();
        }
        List<CachedSlice> cached = plans.slices(plan);
        int start = nearestMiddle(plan, cached);
        StreamedSeries s = study.resume(plan, cached, start, Optional.empty());
        whenComplete(s);
        keepPlan(plan);
        return Optional.of(SeriesInstances.streaming(new SeriesStream(study, s, origin, start, false)));
    }

    /** The cached slice nearest the middle of the series: shown first, at once (the middle when none is cached). */
    private static int nearestMiddle(SeriesPlan plan, List<CachedSlice> cached) {
        int middle = plan.size() / 2;
        return cached.stream().mapToInt(c -> c.frame().slice()).boxed()
                .min(java.util.Comparator.comparingInt((Integer i) -> Math.abs(i - middle)).thenComparingInt(i -> i)).orElse(middle);
    }

    /** Keeps the series' plan in the cache beside its frames, on a thread of its own (not in the way of the stream). */
    private void keepPlan(SeriesPlan plan) {
        Thread.ofVirtual().name("lumen-plan-keep").start(() -> {
            try {
                plans.keep(plan);
            } catch (IOException | RuntimeException e) {
                // not kept: a partial series then opens offline as what the cache holds, flagged by its count
            }
        });
    }

    private static boolean streamable(SeriesPlan plan) {
        return plan.size() > 0 && plan.slices().stream().allMatch(s -> s.frameNumber() == 1
                && s.metadata().getInt(Tag.NumberOfFrames, 1) <= 1);
    }

    /**
     * Once every slice arrived the retrieval is audited; the next open reads the series from the cache when the
     * cache holds all its instances ({@link #isDownloaded}).
     */
    private void whenComplete(StreamedSeries s) {
        if (!watched.add(s.plan().seriesUid())) {
            return;
        }
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        s.onChange(slice -> {
            if (s.complete() && done.compareAndSet(false, true)) {
                String patient = s.plan().slices().get(0).metadata().getString(Tag.PatientID, "");
                try {
                    cache.audit(serverId, studyUid, patient, AuditAction.RETRIEVE);
                } catch (IOException e) {
                    // the audit log refused the record: the next retrieval records it again
                }
            }
        });
    }

    /**
     * The instance in the middle by Instance Number, if the series has any: one search for it by the count the
     * series search reported ({@link FirstSlice#middleInstance(DicomWebClient, String, String, int)}); remembered
     * for the thumbnail and the stream.
     */
    private Optional<String> middleInstanceOf(String seriesUid) throws IOException {
        String remembered = middles.get(seriesUid);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        SeriesSummary summary = known.get(seriesUid);
        Optional<String> middle = FirstSlice.middleInstance(client, studyUid, seriesUid, summary == null ? -1 : summary.instanceCount());
        middle.ifPresent(m -> middles.put(seriesUid, m));
        return middle;
    }

    private String middleInstance(SeriesSummary series) throws IOException {
        return middleInstanceOf(series.seriesUid())
                .orElseThrow(() -> new IOException("series " + series.seriesUid() + " has no instances on the server"));
    }

    private static final ReadOptions HEADER_ONLY = ReadOptions.DEFAULT.withStopBeforePixelData(true);

    private static DicomFile read(byte[] part10) throws IOException {
        return Part10Reader.read(new ByteArrayInputStream(part10), ReadOptions.DEFAULT);
    }

    private static byte[] bytesOf(InputStream body) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INSTANCE_BYTES + 1));
            if (bytes.length > MAX_INSTANCE_BYTES) {
                throw new IOException("an instance is larger than " + (MAX_INSTANCE_BYTES >> 20) + " MiB");
            }
            return bytes;
        }
    }
}
