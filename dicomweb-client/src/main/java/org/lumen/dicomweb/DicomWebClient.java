package org.lumen.dicomweb;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.json.DicomJsonReader;
import org.lumen.dicomweb.internal.AuthInterceptor;
import org.lumen.dicomweb.internal.ContentEncodingInterceptor;
import org.lumen.dicomweb.internal.FrameService;
import org.lumen.dicomweb.internal.ObjectPath;
import org.lumen.dicomweb.internal.QidoService;
import org.lumen.dicomweb.internal.ReadAheadSocketFactory;
import org.lumen.dicomweb.internal.RequestLogInterceptor;
import org.lumen.dicomweb.internal.RetryInterceptor;
import org.lumen.dicomweb.internal.StowService;
import org.lumen.dicomweb.internal.TrafficInterceptor;
import org.lumen.dicomweb.internal.TlsFailureInterceptor;
import org.lumen.dicomweb.internal.TlsSetup;
import org.lumen.dicomweb.internal.Transport;
import org.lumen.dicomweb.internal.WadoService;

/**
 * A DICOMweb client for one server: QIDO-RS search, WADO-RS metadata, instance, frame and rendered
 * retrieval, STOW-RS store. Immutable and thread-safe; every call blocks its thread. Clients for other servers,
 * made with {@link #withServer}, share the OkHttp connection pool and dispatcher.
 *
 * <pre>{@code
 * DicomWebClient client = DicomWebClient.builder()
 *         .server(ServerConfig.of("pacs", URI.create("http://localhost:8042/dicom-web"))
 *                 .withQueryEncoding(QueryEncoding.LITERAL))
 *         .build();
 * List<DataSet> studies = client.search(QidoQuery.studies().match("PatientName", "Phantom^*").build());
 * }</pre>
 */
public final class DicomWebClient {
    private final Builder settings;
    private final ServerConfig server;
    private final QidoService qido;
    private final WadoService wado;
    private final FrameService frames;
    private final StowService stow;
    private final Transport transport;
    private final CallOptions options;

    private DicomWebClient(Builder settings, OkHttpClient shared, ServerConfig server) {
        this(settings, server, new Transport(serverHttp(settings, shared, server), server.maxConcurrentRequests(),
                server.name()), CallOptions.defaults());
    }

    private DicomWebClient(Builder settings, ServerConfig server, Transport transport, CallOptions options) {
        this.settings = settings;
        this.server = server;
        this.transport = transport;
        this.options = options;
        this.qido = new QidoService(transport, server, settings.jsonParser);
        this.wado = new WadoService(transport, server, settings.jsonParser);
        this.frames = new FrameService(transport, wado, settings.maxFrameBytes);
        this.stow = new StowService(transport, server, settings.jsonParser);
    }

    private static OkHttpClient serverHttp(Builder settings, OkHttpClient shared, ServerConfig server) {
        return shared.newBuilder()
                .socketFactory(ReadAheadSocketFactory.over(shared))
                .addInterceptor(new RetryInterceptor(settings.retryPolicy, settings.clock, settings.sleeper, settings.jitter))
                .addInterceptor(new AuthInterceptor(server.auth()))
                .addInterceptor(new ContentEncodingInterceptor())
                .addInterceptor(new RequestLogInterceptor(server.name()))
                .addInterceptor(new TlsFailureInterceptor(server.name()))
                .addNetworkInterceptor(new TrafficInterceptor(settings.traffic))
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client for another server, sharing this one's connection pool, dispatcher and settings. */
    public DicomWebClient withServer(ServerConfig other) {
        return new DicomWebClient(settings, settings.http, other);
    }

    public ServerConfig server() {
        return server;
    }

    /**
     * This client with the given priority and cancellation for every request it makes, sharing
     * this server's concurrency limit ({@link ServerConfig#maxConcurrentRequests()}) with the other
     * views: when the limit is reached, a freed slot goes to a waiting {@link Priority#INTERACTIVE}
     * request before any {@link Priority#PREFETCH} one. Cancelling the token ends the view's queued
     * and in-flight requests with a {@code CANCELLED} {@link DicomWebException} and closes their
     * connections.
     *
     * <pre>{@code
     * Cancellation study = new Cancellation();
     * DicomWebClient prefetch = client.withOptions(CallOptions.prefetch(study));
     * // ... on closing the study:
     * study.cancel();
     * }</pre>
     */
    public DicomWebClient withOptions(CallOptions callOptions) {
        return new DicomWebClient(settings, server, transport.withOptions(callOptions), callOptions);
    }

    /** The priority and cancellation of this client's requests. */
    public CallOptions options() {
        return options;
    }

    /** Requests to this server now waiting for a slot (all views together). */
    public int queuedRequests() {
        return transport.queued();
    }

    /** One QIDO-RS request; its limit and offset are the query's. */
    public List<DataSet> search(QidoQuery query) throws IOException {
        return qido.search(query);
    }

    /** Pages through all results of a query, {@code pageSize} per request. */
    public QidoPages pages(QidoQuery query, int pageSize) {
        return new QidoPages(qido::search, query, pageSize);
    }

    public List<DataSet> studyMetadata(String studyUid) throws IOException {
        return wado.metadata(ObjectPath.study(studyUid));
    }

    public List<DataSet> seriesMetadata(String studyUid, String seriesUid) throws IOException {
        return wado.metadata(ObjectPath.series(studyUid, seriesUid));
    }

    public List<DataSet> instanceMetadata(String studyUid, String seriesUid, String instanceUid) throws IOException {
        return wado.metadata(ObjectPath.instance(studyUid, seriesUid, instanceUid));
    }

    /** Streams the study's instances as Part 10 to the consumer; returns how many. */
    public int retrieveStudy(String studyUid, InstanceConsumer consumer) throws IOException {
        return wado.retrieve(ObjectPath.study(studyUid), consumer);
    }

    public int retrieveSeries(String studyUid, String seriesUid, InstanceConsumer consumer) throws IOException {
        return wado.retrieve(ObjectPath.series(studyUid, seriesUid), consumer);
    }

    public int retrieveInstance(String studyUid, String seriesUid, String instanceUid, InstanceConsumer consumer)
            throws IOException {
        return wado.retrieve(ObjectPath.instance(studyUid, seriesUid, instanceUid), consumer);
    }

    /**
     * Retrieves frames (one-based numbers) of an instance. {@code transferSyntaxes} are tried in
     * order, one per request ({@code "*"} = as stored), moving on when the server refuses one with
     * 400, 406, 415 or 501. Each frame reaches the consumer as soon as its part has arrived,
     * labelled with the transfer syntax the server sent. A response cut off mid-way is resumed
     * (twice at most) by asking again for the frames not yet delivered, so each frame reaches the
     * consumer once and whole; otherwise the call ends in a {@link DicomWebException}.
     */
    public void retrieveFrames(String studyUid, String seriesUid, String instanceUid, int[] frameNumbers,
            List<String> transferSyntaxes, FrameConsumer consumer) throws IOException {
        frames.frames(ObjectPath.instance(studyUid, seriesUid, instanceUid), frameNumbers.clone(),
                List.copyOf(transferSyntaxes), consumer);
    }

    /** The rendered instance, as the server composes it. */
    public RenderedImage renderedInstance(String studyUid, String seriesUid, String instanceUid, RenderOptions options)
            throws IOException {
        return wado.rendered(ObjectPath.instance(studyUid, seriesUid, instanceUid), options);
    }

    /** One frame (one-based) of an instance, rendered. */
    public RenderedImage renderedFrame(String studyUid, String seriesUid, String instanceUid, int frame,
            RenderOptions options) throws IOException {
        return wado.renderedFrame(ObjectPath.instance(studyUid, seriesUid, instanceUid), frame, options);
    }

    /**
     * The bytes behind a Bulk Data URI from metadata (absolute or relative to the WADO root), at
     * most {@code maxFrameBytes}. The URI must be on the WADO root's origin: credentials are never
     * sent elsewhere ({@code FOREIGN_URI}).
     */
    public byte[] bulkData(java.net.URI uri) throws IOException {
        return wado.bulkData(uri, settings.maxFrameBytes);
    }

    /** The instance's thumbnail, or its rendered image when the server offers no thumbnail. */
    public RenderedImage thumbnail(String studyUid, String seriesUid, String instanceUid, RenderOptions options)
            throws IOException {
        return wado.thumbnail(ObjectPath.instance(studyUid, seriesUid, instanceUid), options);
    }

    /**
     * STOW-RS: sends the Part 10 files in one {@code multipart/related; type="application/dicom"}
     * POST to {@code {stowRoot}/studies}, streaming each from disk, and returns the server's
     * per-instance outcomes. A 200, 202 or 409 answer becomes a {@link StoreResult} (check
     * {@link StoreResult#allStored()}); any other status is a {@link DicomWebException}. Never
     * retried automatically: a store is not idempotent, so after an I/O error the caller must
     * decide (e.g. by searching for the instances) whether to send again.
     */
    public StoreResult store(List<java.nio.file.Path> part10Files) throws IOException {
        return stow.store(List.copyOf(part10Files));
    }

    /**
     * STOW-RS of instances given as DICOM JSON plus bulk data: one
     * {@code multipart/related; type="application/dicom+json"} POST to {@code {stowRoot}/studies}
     * whose first part is the instances' metadata as a DICOM JSON array, their large values given
     * by {@code BulkDataURI}, followed by one part per {@link BulkDataPart} with that URI as its
     * {@code Content-Location}. Every BulkDataURI needs its part and every part must be referenced
     * ({@link IllegalArgumentException} before anything is sent). A server that does not take
     * this form answers 415: a {@link DicomWebException} of problem
     * {@link DicomWebException.Problem#UNSUPPORTED_MEDIA_TYPE} (Orthanc's DICOMweb plugin is one;
     * send Part 10 with {@link #store} there). Never retried automatically, as {@link #store}.
     */
    public StoreResult storeJson(List<org.lumen.dicom.json.JsonDataSet> instances, List<BulkDataPart> bulkData)
            throws IOException {
        return stow.storeJson(List.copyOf(instances), List.copyOf(bulkData));
    }

    /** Builds {@link DicomWebClient}s; not thread-safe. */
    public static final class Builder {
        private OkHttpClient http = new OkHttpClient();
        private ServerConfig server;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
        private JsonDataSetParser jsonParser = DicomJsonReader::readArray;
        private int maxFrameBytes = 256 << 20;
        private TlsOptions tls = TlsOptions.systemDefaults();
        private TrafficListener traffic = TrafficListener.NONE;

        private Builder() {}

        /**
         * TLS trust and client certificate (default: the system trust store, no client certificate).
         * The files are read by {@link #build()}, which throws an {@link java.io.UncheckedIOException}
         * wrapping a {@code TLS} {@link DicomWebException} naming a file that cannot be used.
         */
        public Builder tls(TlsOptions options) {
            this.tls = Objects.requireNonNull(options, "tls");
            return this;
        }

        /** Who is told about the network traffic (requests in flight, bytes), for an activity display. */
        public Builder traffic(TrafficListener listener) {
            this.traffic = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Builder server(ServerConfig config) {
            this.server = Objects.requireNonNull(config, "config");
            return this;
        }

        /** The OkHttp client whose pool, dispatcher and timeouts are shared; one is made if not given. */
        public Builder okHttpClient(OkHttpClient client) {
            this.http = Objects.requireNonNull(client, "client");
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** The clock that Retry-After dates are measured against. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s, "sleeper");
            return this;
        }

        /** Source of uniform values in [0, 1) for backoff jitter. */
        public Builder jitter(DoubleSupplier j) {
            this.jitter = Objects.requireNonNull(j, "jitter");
            return this;
        }

        /** The DICOM JSON parser; {@link DicomJsonReader#readArray(java.io.InputStream)} by default. */
        public Builder jsonParser(JsonDataSetParser parser) {
            this.jsonParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        /** Largest frame held in memory (default 256 MiB). */
        public Builder maxFrameBytes(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxFrameBytes must be positive");
            }
            this.maxFrameBytes = max;
            return this;
        }

        public DicomWebClient build() {
            if (server == null) {
                throw new IllegalStateException("a DicomWebClient needs a server");
            }
            Builder frozen = new Builder();
            try {
                frozen.http = TlsSetup.apply(http, tls);
            } catch (DicomWebException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
            frozen.tls = tls;
            frozen.server = server;
            frozen.retryPolicy = retryPolicy;
            frozen.clock = clock;
            frozen.sleeper = sleeper;
            frozen.jitter = jitter;
            frozen.jsonParser = jsonParser;
            frozen.maxFrameBytes = maxFrameBytes;
            frozen.traffic = traffic;
            return new DicomWebClient(frozen, frozen.http, server);
        }
    }
}
