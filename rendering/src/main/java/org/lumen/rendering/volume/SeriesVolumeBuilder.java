package org.lumen.rendering.volume;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import org.lumen.dicom.DataSet;
import org.lumen.rendering.geometry.ImagePlane;

/**
 * Plans a volume from the images of a series and fills it.
 *
 * <p>Images are sorted along the slice normal by the projection of Image Position (Patient) on it,
 * never by Instance Number. The slice grid follows the median distance between neighbours; gaps of
 * more than 1.5 times the median become {@link SliceState#GAP} slices; irregular distances keep each
 * slice at its true position ({@link Volume#slicePositions()}); everything unusual is
 * reported as a {@link VolumeFinding}. Images that do not fit the largest consistent group (frame of
 * reference, then orientation, then size and pixel spacing) are left out and reported.
 *
 * <p>Stateless and thread-safe.
 */
public final class SeriesVolumeBuilder {
    private SeriesVolumeBuilder() {}

    /**
     * One image: its header and its stored values ({@code columns * rows}, row-major).
     *
     * @param header geometry and values of the image
     * @param stored decoded stored values
     */
    public record SliceInput(SliceHeader header, short[] stored) {
        /** The array must match the header's size. */
        public SliceInput {
            if (stored.length != header.rows() * header.columns()) {
                throw new IllegalArgumentException("pixel array has " + stored.length + " values for "
                        + header.columns() + "x" + header.rows());
            }
        }
    }

    /** Plans the volume for the headers of DataSets (images without usable geometry are findings). */
    public static StackLayout planDataSets(List<DataSet> images) throws UnusableSeriesException {
        List<Supplier<SliceHeader>> readers = new ArrayList<>(images.size());
        for (DataSet image : images) {
            readers.add(() -> SliceHeader.read(image));
        }
        return planReading(readers, "images", "image ");
    }

    /**
     * Plans the volume of an enhanced multi-frame image: one slice per frame, from the functional
     * groups (per-frame, then shared, then top level). Input index {@code n} of the layout is frame
     * {@code n + 1}.
     */
    public static StackLayout planFrames(DataSet multiFrame) throws UnusableSeriesException {
        int frames = FrameHeaders.frameCount(multiFrame);
        List<Supplier<SliceHeader>> readers = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            int frame = f;
            readers.add(() -> FrameHeaders.read(multiFrame, frame));
        }
        return planReading(readers, "frames", "");
    }

    private static StackLayout planReading(List<Supplier<SliceHeader>> readers, String what, String label)
            throws UnusableSeriesException {
        List<SliceHeader> headers = new ArrayList<>(readers.size());
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < readers.size(); n++) {
            try {
                headers.add(readers.get(n).get());
            } catch (IllegalArgumentException e) {
                headers.add(null);
                problems.add(label.isEmpty() ? e.getMessage() : label + n + ": " + e.getMessage());
            }
        }
        List<VolumeFinding> findings = new ArrayList<>();
        if (!problems.isEmpty()) {
            findings.add(new VolumeFinding(VolumeFinding.Kind.MISSING_GEOMETRY, problems.size() + " of " + readers.size()
                    + " " + what + " have no usable geometry and were left out: " + StackPlanner.firstFew(problems)));
        }
        if (!readers.isEmpty() && problems.size() == readers.size()) {
            throw new UnusableSeriesException("no " + (label.isEmpty() ? "frame" : "image") + " has usable geometry: "
                    + StackPlanner.firstFew(problems), findings);
        }
        return StackPlanner.plan(headers, findings);
    }

    /** Plans the volume for images whose headers are known. */
    public static StackLayout plan(List<SliceHeader> headers) throws UnusableSeriesException {
        return StackPlanner.plan(new ArrayList<>(headers), new ArrayList<>());
    }

    /** Plans the volume and fills it with all the given slices. */
    public static Assembled assemble(List<SliceInput> slices) throws UnusableSeriesException {
        StackLayout layout = plan(slices.stream().map(SliceInput::header).toList());
        Volume volume = layout.allocateVolume();
        for (int n = 0; n < slices.size(); n++) {
            int input = n;
            layout.sliceOf(n).ifPresent(k -> volume.setSlice(k, slices.get(input).stored().clone(),
                    rescaleFor(volume, slices.get(input).header().values())));
        }
        return new Assembled(volume, layout);
    }

    /**
     * The rescale a slice keeps in {@code volume}: its own, unless its signedness differs from the
     * volume's (a {@link VolumeFinding.Kind#MIXED_RESCALE} finding), then the volume's.
     */
    public static PixelValues rescaleFor(Volume volume, PixelValues own) {
        return own.signed() == volume.values().signed() ? own : volume.values();
    }

    /** The rescale of frame {@code frame} (0-based) of a multi-frame image, from its functional groups. */
    public static PixelValues frameValues(DataSet multiFrame, int frame) {
        return FrameHeaders.read(multiFrame, frame).values();
    }

    /**
     * A filled volume and the plan it follows.
     *
     * @param volume the volume
     * @param layout its plan with the findings
     */
    public record Assembled(Volume volume, StackLayout layout) {}

    static boolean sameOrientation(ImagePlane a, ImagePlane b) {
        return a.rowDirection().closeTo(b.rowDirection(), 1e-3) && a.columnDirection().closeTo(b.columnDirection(), 1e-3);
    }

    static boolean sameSize(SliceHeader a, SliceHeader b) {
        BiPredicate<Double, Double> close = (x, y) -> Math.abs(x - y) <= 1e-4 * Math.max(x, y);
        return a.rows() == b.rows() && a.columns() == b.columns()
                && close.test(a.plane().rowSpacing(), b.plane().rowSpacing())
                && close.test(a.plane().columnSpacing(), b.plane().columnSpacing());
    }
}
