package org.lumen.dicomweb.internal;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.JsonDataSetParser;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.dicomweb.ServerConfig;

/** QIDO-RS searches against one server. Thread-safe. */
public final class QidoService {
    private final Transport transport;
    private final ServerConfig server;
    private final JsonDataSetParser parser;

    public QidoService(Transport transport, ServerConfig server, JsonDataSetParser parser) {
        this.transport = transport;
        this.server = server;
        this.parser = parser;
    }

    /** The search URL, query values encoded per the server's {@link org.lumen.dicomweb.QueryEncoding}. */
    public HttpUrl url(QidoQuery query) {
        HttpUrl.Builder url = HttpUrl.get(server.qidoRoot()).newBuilder();
        query.studyUid().ifPresent(uid -> url.addPathSegment("studies").addPathSegment(uid));
        query.seriesUid().ifPresent(uid -> url.addPathSegment("series").addPathSegment(uid));
        url.addPathSegment(switch (query.level()) {
            case STUDIES -> "studies";
            case SERIES -> "series";
            case INSTANCES -> "instances";
        });
        for (Map.Entry<String, String> p : query.parameters()) {
            url.addEncodedQueryParameter(QueryValueEncoder.encode(p.getKey(), server.queryEncoding()),
                    QueryValueEncoder.encodeValue(p.getValue(), server.queryEncoding()));
        }
        return url.build();
    }

    /** One search request; an empty list for 204 No Content. */
    public List<DataSet> search(QidoQuery query) throws IOException {
        Request request = new Request.Builder().url(url(query)).header("Accept", "application/dicom+json")
                .tag(RequestKind.class, RequestKind.JSON).build();
        return transport.executeOk(request, response -> {
            if (response.code() == 204) {
                return List.of();
            }
            return parseJson(parser, response.body().byteStream(), LogRedaction.line(request));
        });
    }

    /** Runs the parser, turning its format errors into {@code MALFORMED_JSON}. */
    static List<DataSet> parseJson(JsonDataSetParser parser, InputStream in, String where) throws IOException {
        try {
            return parser.parseArray(in);
        } catch (DicomFormatException | JacksonException e) {
            throw new DicomWebException(Problem.MALFORMED_JSON, -1, "response of " + where + ": " + e.getMessage(), e);
        }
    }
}
