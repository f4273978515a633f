package org.lumen.viewer.stream;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.FrameConsumer;

/**
 * Frames from a DICOMweb server (WADO-RS frame lists), asking for the transfer syntaxes the {@link SyntaxPolicy}
 * chooses from what the {@link LinkMeter} has measured so far; each request's time and bytes, and each frame's
 * decoding time, go back to the meter under the way it was asked for.
 */
public final class WebFrameSource implements FrameSource {
    private final DicomWebClient client;
    private final SyntaxPolicy policy;
    private final LinkMeter meter;
    /** The way of asking (see {@link SyntaxPolicy#way}) that each transfer syntax arrived for, last seen. */
    private final java.util.Map<String, String> arrivedAs = new java.util.concurrent.ConcurrentHashMap<>();

    public WebFrameSource(DicomWebClient client, SyntaxPolicy policy, LinkMeter meter) {
        this.client = Objects.requireNonNull(client, "client");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    @Override
    public void fetch(String studyUid, String seriesUid, String instanceUid, int[] frames, FrameConsumer consumer)
            throws IOException {
        List<String> syntaxes = policy.choose(meter);
        String way = SyntaxPolicy.way(syntaxes);
        long start = meter.now();
        long[] bytes = {0};
        client.retrieveFrames(studyUid, seriesUid, instanceUid, frames, syntaxes, part -> {
            bytes[0] += part.data().length;
            arrivedAs.put(part.transferSyntaxUid(), way);
            meter.arrived(way, part.transferSyntaxUid());
            consumer.accept(part);
        });
        meter.record(start, bytes[0], frames.length, way);
    }

    @Override
    public void decoded(String transferSyntaxUid, int bytes, long nanos) {
        String way = arrivedAs.get(transferSyntaxUid);
        if (way != null) {
            meter.recordDecode(way, nanos);
        }
    }
}
