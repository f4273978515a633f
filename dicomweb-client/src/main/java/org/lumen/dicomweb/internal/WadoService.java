package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.lumen.dicom.DataSet;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.InstanceConsumer;
import org.lumen.dicomweb.JsonDataSetParser;
import org.lumen.dicomweb.RenderOptions;
import org.lumen.dicomweb.RenderedImage;
import org.lumen.dicomweb.RetrievedInstance;
import org.lumen.dicomweb.ServerConfig;

/** WADO-RS metadata, instance retrieval and rendered images against one server. Thread-safe. */
public final class WadoService {
    /** Statuses after which a thumbnail request falls back to rendered. */
    private static final Set<Integer> NO_THUMBNAIL = Set.of(400, 404, 406, 415, 501);
    private static final int MAX_RENDERED_BYTES = 64 << 20;

    private final Transport transport;
    private final ServerConfig server;
    private final JsonDataSetParser parser;
    /** The WADO root, parsed once: parsing it per request (host canonicalisation) cost a measurable share of a frame request. */
    private final HttpUrl root;

    public WadoService(Transport transport, ServerConfig server, JsonDataSetParser parser) {
        this.transport = transport;
        this.server = server;
        this.parser = parser;
        this.root = HttpUrl.get(server.wadoRoot());
    }

    /** {@code studies/{s}[/series/{se}[/instances/{i}[/frames/...]]]} under the WADO root. */
    public HttpUrl.Builder path(ObjectPath path) {
        HttpUrl.Builder url = root.newBuilder().addPathSegment("studies")
                .addPathSegment(path.studyUid());
        path.seriesUid().ifPresent(uid -> url.addPathSegment("series").addPathSegment(uid));
        path.instanceUid().ifPresent(uid -> url.addPathSegment("instances").addPathSegment(uid));
        return url;
    }

    public List<DataSet> metadata(ObjectPath path) throws IOException {
        Request request = new Request.Builder().url(path(path).addPathSegment("metadata").build())
                .header("Accept", "application/dicom+json").tag(RequestKind.class, RequestKind.JSON).build();
        return transport.executeOk(request,
                response -> QidoService.parseJson(parser, response.body().byteStream(), LogRedaction.line(request)));
    }

    /** Streams every instance under the path as Part 10, as stored; returns how many. */
    public int retrieve(ObjectPath path, InstanceConsumer consumer) throws IOException {
        Request request = new Request.Builder().url(path(path).build())
                .header("Accept", "multipart/related; type=\"application/dicom\"; transfer-syntax=*")
                .tag(RequestKind.class, RequestKind.INSTANCE).build();
        return transport.executeOk(request, response -> {
            try (MultipartReader reader = new MultipartReader(response.body().source(), boundary(response))) {
                int count = 0;
                for (Optional<Part> p = reader.nextPart(); p.isPresent(); p = reader.nextPart()) {
                    Part part = p.get();
                    consumer.accept(new RetrievedInstance(part.index(), part.transferSyntax().orElse(""),
                            part.contentLocation().orElse(""), part.body()));
                    count++;
                }
                if (count == 0) {
                    throw new DicomWebException(Problem.MISSING_PARTS, "retrieve of " + LogRedaction.line(request)
                            + " returned no instance");
                }
                return count;
            }
        });
    }

    /**
     * The bytes of one bulk data URI (absolute, or relative to the WADO root), which must have the
     * WADO root's origin so that credentials never go elsewhere. Accepts a one-part multipart
     * answer (Orthanc) or a plain body.
     */
    public byte[] bulkData(java.net.URI uri, int maxBytes) throws IOException {
        HttpUrl url = uri.isAbsolute() ? HttpUrl.get(uri) : root.resolve(uri.toString());
        if (url == null || !url.scheme().equals(root.scheme()) || !url.host().equals(root.host()) || url.port() != root.port()) {
            throw new DicomWebException(Problem.FOREIGN_URI, "bulk data URI outside " + root.scheme() + "://"
                    + root.host() + ":" + root.port() + ": " + (url == null ? uri : url.redact()));
        }
        Request request = new Request.Builder().url(url)
                .header("Accept", "multipart/related; type=\"application/octet-stream\"")
                .tag(RequestKind.class, RequestKind.BULK).build();
        return transport.executeOk(request, response -> {
            Optional<ContentType> type = Optional.ofNullable(response.header("Content-Type")).flatMap(ContentType::parse);
            if (type.isEmpty() || !type.get().type().equals("multipart")) {
                return SizedRead.read(response.body().byteStream(), response.body().contentLength(), maxBytes);
            }
            try (MultipartReader reader = new MultipartReader(response.body().source(), boundary(response))) {
                Part part = reader.nextPart().orElseThrow(() -> new DicomWebException(Problem.MISSING_PARTS,
                        "bulk data response without a part"));
                byte[] data = part.readBody(maxBytes);
                if (reader.nextPart().isPresent()) {
                    throw new DicomWebException(Problem.MALFORMED_MULTIPART, "bulk data response with more than one part");
                }
                return data;
            }
        });
    }

    /** The rendered resource of the path (instance, frame, series or study). */
    public RenderedImage rendered(ObjectPath path, RenderOptions options) throws IOException {
        return rendered(path(path), options);
    }

    /** The rendered resource of one frame of an instance. */
    public RenderedImage renderedFrame(ObjectPath instance, int frame, RenderOptions options) throws IOException {
        if (instance.instanceUid().isEmpty() || frame < 1) {
            throw new IllegalArgumentException("a rendered frame needs an instance and a frame number >= 1");
        }
        return rendered(path(instance).addPathSegment("frames").addPathSegment(Integer.toString(frame)), options);
    }

    private RenderedImage rendered(HttpUrl.Builder resource, RenderOptions options) throws IOException {
        Request request = renderRequest(resource.addPathSegment("rendered"), options);
        return transport.executeOk(request, response -> image(response, false));
    }

    /** The thumbnail resource, falling back to rendered when the server has none (Orthanc: 404). */
    public RenderedImage thumbnail(ObjectPath path, RenderOptions options) throws IOException {
        Request request = renderRequest(path(path).addPathSegment("thumbnail"), options);
        Optional<RenderedImage> thumb = transport.execute(request, response -> {
            if (NO_THUMBNAIL.contains(response.code())) {
                return Optional.empty();
            }
            if (!response.isSuccessful()) {
                throw transport.statusError(response);
            }
            return Optional.of(image(response, true));
        });
        return thumb.isPresent() ? thumb.get() : rendered(path(path), options);
    }

    private Request renderRequest(HttpUrl.Builder url, RenderOptions o) {
        if (o.viewportWidth() > 0 || o.viewportHeight() > 0) {
            url.addEncodedQueryParameter("viewport", o.viewportWidth() + "," + o.viewportHeight());
        }
        if (o.windowed()) {
            url.addEncodedQueryParameter("window", number(o.windowCenter()) + "," + number(o.windowWidth()) + ",linear");
        }
        if (o.quality() > 0) {
            url.addEncodedQueryParameter("quality", Integer.toString(o.quality()));
        }
        return new Request.Builder().url(url.build()).header("Accept", o.mediaType())
                .tag(RequestKind.class, RequestKind.RENDERED).build();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static RenderedImage image(Response response, boolean fromThumbnail) throws IOException {
        String type = Optional.ofNullable(response.header("Content-Type")).flatMap(ContentType::parse)
                .map(ContentType::essence).orElse("application/octet-stream");
        long declared = response.body().contentLength();
        if (declared > MAX_RENDERED_BYTES) {
            throw new DicomWebException(Problem.TOO_LARGE, "rendered image of " + declared + " bytes");
        }
        byte[] data = response.body().byteStream().readNBytes(MAX_RENDERED_BYTES + 1);
        if (data.length > MAX_RENDERED_BYTES) {
            throw new DicomWebException(Problem.TOO_LARGE, "rendered image larger than " + MAX_RENDERED_BYTES + " bytes");
        }
        return new RenderedImage(type, fromThumbnail, data);
    }

    static String boundary(Response response) throws DicomWebException {
        String type = response.header("Content-Type");
        if (type == null) {
            throw new DicomWebException(Problem.UNEXPECTED_CONTENT_TYPE, "response without Content-Type");
        }
        return MultipartReader.boundaryOf(type);
    }
}
