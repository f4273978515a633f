package org.lumen.viewer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.viewer.stream.FrameDecoding;
import org.lumen.viewer.stream.SeriesStream;
import org.lumen.viewer.stream.SliceState;
import org.lumen.viewer.stream.SliceView;
import org.lumen.viewer.stream.StreamedFrame;

/**
 * The slice source of a series streaming from its server (ADR 0015): which slices have arrived, each as the
 * image the viewport draws (the instance's metadata with the frame as its pixel data, in the syntax it came
 * in), and the marker of the others ("NOT YET RECEIVED", never a neighbour in their place). Tells the
 * scheduler which slice the viewport shows. Thread-safe reads; {@link #focus} on the FX thread.
 */
final class StreamedSlices {
    private final SeriesStream stream;
    private final List<OpenedSeries.Image> headers;
    private final AtomicReferenceArray<OpenedSeries.Image> received;
    private int focused = -1;

    private StreamedSlices(SeriesStream stream, List<OpenedSeries.Image> headers) {
        this.stream = stream;
        this.headers = headers;
        this.received = new AtomicReferenceArray<>(headers.size());
    }

    /**
     * The series as the viewer opens it: one image per slice in the plan's order, holding the slice's header
     * (no pixel data: what is drawn comes from {@link #received}).
     */
    static OpenedSeries open(SeriesStream stream) {
        List<OpenedSeries.Image> headers = new ArrayList<>();
        for (var slice : stream.series().plan().slices()) {
            headers.add(new OpenedSeries.Image(Path.of(stream.origin(), slice.instanceUid()), slice.metadata(),
                    TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, slice.frameNumber() - 1, 1));
        }
        return new OpenedSeries(headers, Optional.of(new StreamedSlices(stream, List.copyOf(headers))));
    }

    /** The slice to show first: the one fetched first. */
    int start() {
        return stream.start() >= 0 && stream.start() < headers.size() ? stream.start() : headers.size() / 2;
    }

    /** The slice on the screen alone, shown until the whole series is known (no QC of it: it is not the series). */
    boolean provisional() {
        return stream.provisional();
    }

    int size() {
        return headers.size();
    }

    /** The slice as received, ready to draw; empty while it has not arrived (or could not be retrieved). */
    Optional<OpenedSeries.Image> received(int slice) {
        OpenedSeries.Image image = received.get(slice);
        if (image != null) {
            return Optional.of(image);
        }
        SliceView view = stream.series().view(slice);
        if (view.frame().isEmpty() || view.source().isEmpty()) {
            return Optional.empty();
        }
        StreamedFrame frame = view.source().get();
        Optional<TransferSyntax> ts = TransferSyntax.lookup(frame.part().transferSyntaxUid());
        if (ts.isEmpty()) {
            return Optional.empty();
        }
        received.compareAndSet(slice, null, new OpenedSeries.Image(headers.get(slice).file(),
                FrameDecoding.withPixelData(frame.ref().metadata(), frame.part()), ts.get(), 0, 1));
        return Optional.of(received.get(slice));
    }

    /** The words on the slice: "NOT YET RECEIVED", "MISSING (could not be retrieved)", "LOSSY (...)", or empty. */
    String marker(int slice) {
        return stream.series().view(slice).marker();
    }

    /** Every slice's state, in display order (priors2: the QC of a series with slices that cannot be retrieved). */
    List<org.lumen.viewer.stream.SliceState> states() {
        return stream.series().states();
    }

    int losslessCount() {
        return stream.series().losslessCount();
    }

    boolean complete() {
        return stream.series().complete();
    }

    /** The viewport shows {@code slice}: the scheduler fetches it (and its neighbours in the scroll direction) first. FX thread. */
    void focus(int slice) {
        if (slice != focused) {
            stream.focus(slice, focused < 0 ? 0 : Integer.signum(slice - focused));
            focused = slice;
        }
    }

    /** {@code listener} hears every slice that changes, on the thread that received it. */
    void listen(IntConsumer listener) {
        stream.series().onChange(Objects.requireNonNull(listener));
    }

    void unlisten(IntConsumer listener) {
        stream.series().offChange(listener);
    }

    /**
     * Waits until every slice arrived losslessly and returns them in order (MPR needs the whole volume), telling
     * {@code progress} the count as it grows; a slice that cannot be retrieved, or the study closing, ends the wait
     * with an error. Blocking: never on the FX thread.
     */
    List<OpenedSeries.Image> awaitAll(IntConsumer progress) throws IOException, InterruptedException {
        Object signal = new Object();
        IntConsumer wake = slice -> {
            synchronized (signal) {
                signal.notifyAll();
            }
        };
        listen(wake);
        try {
            int told = -1;
            while (!complete()) {
                if (stream.study().isClosed()) {
                    throw new IOException("the study was closed before its volume arrived");
                }
                if (stream.series().states().contains(SliceState.FAILED)) {
                    throw new IOException("slices of the series could not be retrieved; the volume is incomplete");
                }
                if (stream.series().states().contains(SliceState.LOSSY)) {
                    throw new IOException("the server sent lossy slices; MPR needs the original volume");
                }
                int n = losslessCount();
                if (n != told) {
                    progress.accept(n);
                    told = n;
                }
                synchronized (signal) {
                    signal.wait(200);
                }
            }
        } finally {
            unlisten(wake);
        }
        List<OpenedSeries.Image> all = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            all.add(received(i).orElseThrow(() -> new IOException("a slice is missing")));
        }
        return all;
    }

    /** The Series Instance UID, for messages. */
    String seriesUid() {
        return headers.get(0).dataSet().getString(Tag.SeriesInstanceUID, stream.seriesUid());
    }
}
