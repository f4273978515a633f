package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JacksonException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.json.DicomJsonReader;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.JsonDataSetParser;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.dicomweb.StoreOutcome;
import org.lumen.dicomweb.StoreResult;

/**
 * STOW-RS against one server: POSTs Part 10 files to {@code {stowRoot}/studies} and reads the
 * DICOM JSON answer. Never retried (POST is not idempotent; the retry interceptor leaves it alone).
 * Thread-safe.
 */
public final class StowService {
    static final int WARNING_REASON = 0x00081196;
    static final int FAILURE_REASON = 0x00081197;
    static final int FAILED_SOP_SEQUENCE = 0x00081198;
    static final int REFERENCED_SOP_SEQUENCE = 0x00081199;

    private final Transport transport;
    private final ServerConfig server;
    private final JsonDataSetParser parser;

    public StowService(Transport transport, ServerConfig server, JsonDataSetParser parser) {
        this.transport = transport;
        this.server = server;
        this.parser = parser;
    }

    /** The answer is one DICOM JSON object (PS3.18 10.5.3); some servers wrap it in an array. */
    private List<DataSet> parse(okio.BufferedSource body, String where) throws IOException {
        long start = body.indexOfElement(okio.ByteString.encodeUtf8("[{"));
        if (start >= 0 && body.getBuffer().getByte(start) == '[') {
            return QidoService.parseJson(parser, body.inputStream(), where);
        }
        try {
            return List.of(DicomJsonReader.read(body.inputStream()));
        } catch (DicomFormatException | JacksonException e) {
            throw new DicomWebException(Problem.MALFORMED_JSON, -1, "response of " + where + ": " + e.getMessage(), e);
        }
    }

    public StoreResult store(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("nothing to store");
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new java.nio.file.NoSuchFileException(f.toString(), null, "not a regular file");
            }
        }
        return post(new MultipartDicomBody(files), files.size());
    }

    /**
     * STOW-RS in DICOM JSON: the metadata of the instances in one {@code application/dicom+json}
     * part, their bulk data in the parts that follow (see {@link MultipartJsonBody}). A server
     * that does not take this form (415) gets an {@code UNSUPPORTED_MEDIA_TYPE} error.
     */
    public StoreResult storeJson(List<org.lumen.dicom.json.JsonDataSet> instances,
            List<org.lumen.dicomweb.BulkDataPart> bulkData) throws IOException {
        return post(MultipartJsonBody.build(instances, bulkData), instances.size());
    }

    private StoreResult post(okhttp3.RequestBody payload, int sent) throws IOException {
        HttpUrl url = HttpUrl.get(server.stowRoot()).newBuilder().addPathSegment("studies").build();
        Request request = new Request.Builder().url(url).post(payload)
                .header("Accept", "application/dicom+json").tag(RequestKind.class, RequestKind.JSON).build();
        return transport.execute(request, response -> {
            int code = response.code();
            if (code == 415) {
                DicomWebException status = transport.statusError(response);
                throw new DicomWebException(Problem.UNSUPPORTED_MEDIA_TYPE, code, server.name()
                        + " does not accept STOW-RS requests of type " + payload.contentType().type() + "/"
                        + payload.contentType().subtype() + "; type=\"" + payload.contentType().parameter("type")
                        + "\" (415 Unsupported Media Type)", status);
            }
            if (code != 200 && code != 202 && code != 409) {
                throw transport.statusError(response);
            }
            okio.BufferedSource body = response.body().source();
            List<DataSet> answer = body.exhausted() ? List.of() : parse(body, url.encodedPath());
            if (answer.size() > 1) {
                throw new DicomWebException(Problem.MALFORMED_JSON, code, "STOW response of " + url.encodedPath()
                        + " has " + answer.size() + " data sets, expected one", null);
            }
            List<StoreOutcome> outcomes = new ArrayList<>();
            if (!answer.isEmpty()) {
                DataSet d = answer.getFirst();
                for (DataSet item : d.getSequence(REFERENCED_SOP_SEQUENCE)) {
                    int warning = item.getInt(WARNING_REASON, 0);
                    outcomes.add(new StoreOutcome(item.getString(Tag.ReferencedSOPInstanceUID, ""),
                            warning == 0 ? StoreOutcome.Status.STORED : StoreOutcome.Status.WARNING, warning & 0xFFFF));
                }
                for (DataSet item : d.getSequence(FAILED_SOP_SEQUENCE)) {
                    outcomes.add(new StoreOutcome(item.getString(Tag.ReferencedSOPInstanceUID, ""),
                            StoreOutcome.Status.FAILED, item.getInt(FAILURE_REASON, 0) & 0xFFFF));
                }
            }
            return new StoreResult(code, sent, outcomes);
        });
    }
}
