package org.lumen.viewer.stream;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.FrameConsumer;

/**
 * Frames from a DICOMweb server (WADO-RS frame lists), asking for the transfer syntaxes the {@link SyntaxPolicy}
 * chooses from what the {@link LinkMeter} has measured so far.
 */
public final class WebFrameSource implements FrameSource {
    private final DicomWebClient client;
    private final SyntaxPolicy policy;
    private final LinkMeter meter;

    public WebFrameSource(DicomWebClient client, SyntaxPolicy policy, LinkMeter meter) {
        this.client = Objects.requireNonNull(client, "client");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    @Override
    public void fetch(String studyUid, String seriesUid, String instanceUid, int[] frames, FrameConsumer consumer)
            throws IOException {
        List<String> syntaxes = policy.choose(meter);
        long start = meter.now();
        long[] bytes = {0};
        client.retrieveFrames(studyUid, seriesUid, instanceUid, frames, syntaxes, part -> {
            bytes[0] += part.data().length;
            consumer.accept(part);
        });
        meter.record(start, bytes[0]);
    }
}
