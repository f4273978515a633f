package org.lumen.dicomweb;

import java.io.InputStream;
import java.util.Optional;

/**
 * One Part 10 instance of a WADO-RS retrieve, streamed from the connection: valid only inside
 * {@link InstanceConsumer#accept}.
 */
public final class RetrievedInstance {
    private final int index;
    private final String transferSyntaxUid;
    private final String contentLocation;
    private final InputStream body;

    /** Empty strings stand for absent labels. */
    public RetrievedInstance(int index, String transferSyntaxUid, String contentLocation, InputStream body) {
        this.index = index;
        this.transferSyntaxUid = transferSyntaxUid;
        this.contentLocation = contentLocation;
        this.body = body;
    }

    /** Zero-based position in the response. */
    public int index() {
        return index;
    }

    /** The transfer-syntax parameter of the part, when the server sent one. */
    public Optional<String> transferSyntaxUid() {
        return transferSyntaxUid.isEmpty() ? Optional.empty() : Optional.of(transferSyntaxUid);
    }

    public Optional<String> contentLocation() {
        return contentLocation.isEmpty() ? Optional.empty() : Optional.of(contentLocation);
    }

    /** The Part 10 bytes (preamble, DICM, meta group, data set). */
    public InputStream body() {
        return body;
    }
}
