package org.lumen.viewer.volume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.lut.LookupTable;
import org.lumen.dicom.lut.LutAttributes;
import org.lumen.dicom.lut.ModalityLut;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.RgbVolume;
import org.lumen.rendering.volume.SeriesVolumeBuilder;
import org.lumen.rendering.volume.SliceHeader;
import org.lumen.rendering.volume.StackLayout;
import org.lumen.rendering.volume.UnusableSeriesException;
import org.lumen.rendering.volume.Volume;

/**
 * Loads the images of one series from files and folders into a {@link Volume}: headers first (pixel
 * data stays on disk), then the plan, then each used image's pixels, decoded and reduced to Bits
 * Stored, each slice with its own rescale (or, for a Modality LUT Sequence, through its table, so
 * the volume holds modality values). One multi-frame image (enhanced, with per-frame functional
 * groups, or classic with uniform geometry) is a volume of its frames. Folders are searched recursively; files that are not DICOM Part 10 (or hidden) are
 * skipped in folders but are an error when named directly. Stateless.
 */
public final class SeriesVolumeLoader {
    /** Share of the JVM's maximum heap a volume may take. */
    private static final double HEAP_SHARE = 0.6;

    private SeriesVolumeLoader() {}

    /**
     * Loads the series in {@code paths}.
     *
     * @throws NoSuchFileException       when a path does not exist
     * @throws SeriesLoadException       when no image is found, the images belong to several series, or
     *                                   no volume can be planned from them
     * @throws DicomFormatException      when a named file or a used image's pixel data is broken
     */
    public static LoadedSeries load(List<Path> paths) throws IOException, SeriesLoadException {
        List<DicomFile> images = new ArrayList<>();
        List<Path> imageFiles = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString());
            }
            if (Files.isDirectory(path)) {
                for (Path file : filesUnder(path)) {
                    readImage(file, false).ifPresent(d -> {
                        images.add(d);
                        imageFiles.add(file);
                    });
                }
            } else {
                readImage(path, true).ifPresent(d -> {
                    images.add(d);
                    imageFiles.add(path);
                });
            }
        }
        if (images.isEmpty()) {
            throw new SeriesLoadException("no DICOM images in " + paths);
        }
        return loadImages(images, imageFiles);
    }

    /**
     * Loads a series already read into memory (for example from the encrypted study cache);
     * {@code names} name each image in messages (they need not exist on disk).
     */
    public static LoadedSeries loadImages(List<DicomFile> images, List<Path> names) throws IOException, SeriesLoadException {
        if (images.isEmpty() || images.size() != names.size()) {
            throw new SeriesLoadException(images.isEmpty() ? "no DICOM images" : "one name per image is needed");
        }
        List<Path> imageFiles = names;
        TreeSet<String> series = new TreeSet<>();
        for (DicomFile d : images) {
            series.add(d.dataSet().getString(Tag.SeriesInstanceUID, ""));
            if (d.dataSet().getInt(Tag.NumberOfFrames, 1) > 1) {
                if (images.size() == 1) {
                    return loadFrames(d, imageFiles.getFirst());
                }
                throw new SeriesLoadException("a multi-frame image is rendered on its own, not with " + (images.size() - 1)
                        + " other images: " + imageFiles.get(images.indexOf(d)));
            }
        }
        if (series.size() > 1) {
            throw new SeriesLoadException(series.size() + " series found (" + String.join(", ", series)
                    + "); pass the files of one series");
        }
        List<DataSet> dataSets = images.stream().map(DicomFile::dataSet).toList();
        StackLayout layout;
        try {
            layout = SeriesVolumeBuilder.planDataSets(dataSets);
        } catch (UnusableSeriesException e) {
            throw new SeriesLoadException(e.getMessage());
        }
        boolean colour = dataSets.getFirst().getInt(Tag.SamplesPerPixel, 1) == 3;
        Optional<LookupTable> modalityTable = modalityTable(dataSets.getFirst());
        layout = modalityTable.isPresent() ? withIdentityRescale(layout) : layout;
        checkMemory(layout, colour ? 3 : 1);
        Volume volume = layout.allocateVolume();
        RgbVolume rgb = colour ? new RgbVolume(volume, layout.allocateVolume(), layout.allocateVolume()) : null;
        FrameDecoders decoders = FrameDecoders.standard();
        for (int n = 0; n < images.size(); n++) {
            var k = layout.sliceOf(n);
            if (k.isPresent()) {
                DicomFile d = images.get(n);
                PixelDataReader reader = PixelDataReader.open(d.dataSet(), d.transferSyntax().uid(), decoders);
                if (rgb != null) {
                    short[][] channels = StoredSlices.readRgb(reader, 0, imageFiles.get(n).getFileName().toString());
                    for (int c = 0; c < 3; c++) {
                        rgb.channel(c).setSlice(k.getAsInt(), channels[c]);
                    }
                    continue;
                }
                short[] stored = StoredSlices.read(reader, 0, imageFiles.get(n).getFileName().toString());
                if (modalityTable.isPresent()) {
                    volume.setSlice(k.getAsInt(), StoredSlices.throughModalityTable(stored, reader.description().signed(), modalityTable.get()));
                } else {
                    volume.setSlice(k.getAsInt(), stored, SeriesVolumeBuilder.rescaleFor(volume, SliceHeader.read(d.dataSet()).values()));
                }
            }
        }
        HeaderDisplay header = rgb != null ? new HeaderDisplay.Rgb(rgb) : header(dataSets.getFirst(), volume);
        return new LoadedSeries(volume, layout, header, images.size());
    }

    /** The volume of one multi-frame image: frame n is input n of the plan, with its functional groups' rescale. */
    private static LoadedSeries loadFrames(DicomFile image, Path file) throws IOException, SeriesLoadException {
        DataSet ds = image.dataSet();
        StackLayout layout;
        try {
            layout = SeriesVolumeBuilder.planFrames(ds);
        } catch (UnusableSeriesException e) {
            throw new SeriesLoadException(file + ": " + e.getMessage());
        }
        Optional<LookupTable> modalityTable = modalityTable(ds);
        layout = modalityTable.isPresent() ? withIdentityRescale(layout) : layout;
        checkMemory(layout, 1);
        Volume volume = layout.allocateVolume();
        PixelDataReader reader = PixelDataReader.open(ds, image.transferSyntax().uid(), FrameDecoders.standard());
        int frames = reader.description().frames();
        for (int f = 0; f < layout.sliceOfInput().length; f++) {
            var k = layout.sliceOf(f);
            if (k.isPresent()) {
                if (f >= frames) {
                    throw new SeriesLoadException(file + ": the functional groups describe frame " + (f + 1) + " but the pixel data has "
                            + frames + " frames");
                }
                short[] stored = StoredSlices.read(reader, f, file.getFileName() + " frame " + (f + 1));
                if (modalityTable.isPresent()) {
                    volume.setSlice(k.getAsInt(), StoredSlices.throughModalityTable(stored, reader.description().signed(), modalityTable.get()));
                } else {
                    volume.setSlice(k.getAsInt(), stored, SeriesVolumeBuilder.rescaleFor(volume, SeriesVolumeBuilder.frameValues(ds, f)));
                }
            }
        }
        return new LoadedSeries(volume, layout, header(ds, volume), 1);
    }

    /** The Modality LUT Sequence table of an image, when it has one instead of a rescale. */
    private static Optional<LookupTable> modalityTable(DataSet first) throws DicomFormatException {
        return LutAttributes.modalityLut(first) instanceof ModalityLut.Table table ? Optional.of(table.table()) : Optional.empty();
    }

    /** The plan for a volume of modality values: unsigned (table entries), identity rescale. */
    private static StackLayout withIdentityRescale(StackLayout layout) {
        return new StackLayout(layout.geometry(), PixelValues.UNSIGNED, layout.sliceOfInput(), layout.slicePositions(), layout.findings());
    }

    private static void checkMemory(StackLayout layout, int channels) throws SeriesLoadException {
        var g = layout.geometry();
        long bytes = 2L * channels * g.columns() * g.rows() * g.slices();
        if (bytes > Runtime.getRuntime().maxMemory() * HEAP_SHARE) {
            throw new SeriesLoadException("the volume needs " + (bytes >> 20) + " MiB, more than "
                    + (int) (HEAP_SHARE * 100) + "% of the " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB heap");
        }
    }

    /** The first image's display attributes; modality values may be negative when stored ones are or an intercept is. */
    private static HeaderDisplay header(DataSet first, Volume volume) throws DicomFormatException {
        boolean signed = volume.values().signed() || volume.values().intercept() < 0 || volume.values().slope() < 0;
        return HeaderDisplay.read(first, signed);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static Optional<DicomFile> readImage(Path file, boolean named) throws IOException {
        DicomFile dicom;
        try {
            dicom = Part10Reader.read(file, ReadOptions.DEFAULT);
        } catch (DicomFormatException e) {
            if (named) {
                throw e;
            }
            return Optional.empty();
        }
        DataSet ds = dicom.dataSet();
        return ds.contains(Tag.PixelData) ? Optional.of(dicom) : Optional.empty();
    }
}
