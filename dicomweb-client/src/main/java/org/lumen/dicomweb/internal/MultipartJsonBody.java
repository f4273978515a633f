package org.lumen.dicomweb.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.lumen.dicom.json.DicomJsonWriter;
import org.lumen.dicom.json.JsonDataSet;
import org.lumen.dicom.json.JsonOptions;
import org.lumen.dicomweb.BulkDataPart;

/**
 * The body of a STOW-RS request in DICOM JSON (PS3.18 10.5.1.2): a
 * {@code multipart/related; type="application/dicom+json"} whose first part is the metadata of all
 * instances as one DICOM JSON array (attributes given by reference as {@code BulkDataURI}), followed
 * by one part per bulk data item, each with its {@code Content-Location} and media type. Every
 * {@code BulkDataURI} must have its part and every part must be referenced, else the request is
 * refused before anything is sent.
 */
final class MultipartJsonBody {
    static final String TYPE = "application/dicom+json";

    private MultipartJsonBody() {}

    static MultipartBody build(List<JsonDataSet> instances, List<BulkDataPart> bulk) throws IOException {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("nothing to store");
        }
        Set<String> referenced = new LinkedHashSet<>();
        instances.forEach(i -> referenced.addAll(i.bulkDataUris().values()));
        Set<String> given = new HashSet<>();
        for (BulkDataPart part : bulk) {
            if (!given.add(part.contentLocation())) {
                throw new IllegalArgumentException("two bulk data parts have the Content-Location "
                        + part.contentLocation());
            }
            if (!referenced.contains(part.contentLocation())) {
                throw new IllegalArgumentException("bulk data part " + part.contentLocation()
                        + " is referenced by no BulkDataURI of the metadata");
            }
            MediaType.get(part.mediaType()); // a malformed media type fails here, naming itself
        }
        referenced.removeAll(given);
        if (!referenced.isEmpty()) {
            throw new IllegalArgumentException("no bulk data part for the BulkDataURI " + referenced.iterator().next()
                    + (referenced.size() > 1 ? " (and " + (referenced.size() - 1) + " more)" : ""));
        }
        MultipartBody.Builder body = new MultipartBody.Builder()
                .setType(MediaType.get("multipart/related; type=\"" + TYPE + "\""))
                .addPart(RequestBody.create(metadata(instances), MediaType.get(TYPE)));
        for (BulkDataPart part : bulk) {
            body.addPart(Headers.of("Content-Location", part.contentLocation()),
                    RequestBody.create(part.data(), MediaType.get(part.mediaType())));
        }
        return body.build();
    }

    private static byte[] metadata(List<JsonDataSet> instances) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < instances.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            DicomJsonWriter.write(instances.get(i), out, JsonOptions.DEFAULT);
        }
        out.write(']');
        return out.toByteArray();
    }
}
