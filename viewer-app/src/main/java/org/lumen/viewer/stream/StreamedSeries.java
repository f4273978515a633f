package org.lumen.viewer.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import org.lumen.dicom.pixel.StoredFrame;

/**
 * A series filling as its slices arrive: per slice its {@link SliceState}, frame and preview. A preview is kept
 * only while the frame has not arrived, and a frame always replaces it. Thread-safe (one lock, never held while
 * calling out); listeners hear the slice that changed, on the thread that changed it.
 */
public final class StreamedSeries implements SliceListener {
    private final SeriesPlan plan;
    private final SliceState[] states;
    private final StoredFrame[] frames;
    private final StreamedFrame[] sources;
    private final Preview[] previews;
    private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();
    private int lossless;

    public StreamedSeries(SeriesPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
        int n = plan.size();
        states = new SliceState[n];
        java.util.Arrays.fill(states, SliceState.MISSING);
        frames = new StoredFrame[n];
        sources = new StreamedFrame[n];
        previews = new Preview[n];
    }

    public SeriesPlan plan() {
        return plan;
    }

    public void onChange(IntConsumer listener) {
        listeners.add(listener);
    }

    /** Stops telling {@code listener} (a viewport that shows another series). */
    public void offChange(IntConsumer listener) {
        listeners.remove(listener);
    }

    /** A server-rendered preview of a slice; ignored once the frame is there. */
    public void previewArrived(int slice, Preview preview) {
        synchronized (this) {
            if (states[slice] != SliceState.MISSING && states[slice] != SliceState.FAILED) {
                return;
            }
            previews[slice] = preview;
            states[slice] = SliceState.PREVIEW;
        }
        changed(slice);
    }

    @Override
    public void sliceReady(StreamedFrame source, StoredFrame frame) {
        if (!source.seriesUid().equals(plan.seriesUid())) {
            return;
        }
        int slice = source.slice();
        synchronized (this) {
            if (states[slice] == SliceState.LOSSLESS) {
                return;
            }
            frames[slice] = frame;
            sources[slice] = source;
            previews[slice] = null;
            states[slice] = source.part().lossy() ? SliceState.LOSSY : SliceState.LOSSLESS;
            if (!source.part().lossy()) {
                lossless++;
            }
        }
        changed(slice);
    }

    @Override
    public void sliceFailed(String seriesUid, int slice, Exception problem) {
        if (!seriesUid.equals(plan.seriesUid())) {
            return;
        }
        synchronized (this) {
            if (states[slice] != SliceState.MISSING) {
                return; // a preview stays (marked); a frame stays
            }
            states[slice] = SliceState.FAILED;
        }
        changed(slice);
    }

    /** A consistent snapshot of one slice. */
    public synchronized SliceView view(int slice) {
        return new SliceView(slice, plan.size(), states[slice], Optional.ofNullable(sources[slice]), Optional.ofNullable(frames[slice]),
                Optional.ofNullable(previews[slice]));
    }

    /** Every slice's state, in display order. */
    public synchronized List<SliceState> states() {
        return new ArrayList<>(List.of(states));
    }

    /** Slices that arrived losslessly. */
    public synchronized int losslessCount() {
        return lossless;
    }

    /** Whether every slice arrived losslessly: only then is the volume complete. */
    public synchronized boolean complete() {
        return lossless == plan.size();
    }

    private void changed(int slice) {
        for (IntConsumer l : listeners) {
            l.accept(slice);
        }
    }
}
