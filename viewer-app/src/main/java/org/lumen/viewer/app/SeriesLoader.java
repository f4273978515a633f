package org.lumen.viewer.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.lumen.dicom.DataSet;
import org.lumen.dicom.DicomFormatException;
import org.lumen.dicom.Tag;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
import org.lumen.rendering.geometry.Vec3;

/**
 * Finds the DICOM files under the given paths, reads their headers (pixel data stays on disk), groups
 * them into series and orders each series' images along the slice normal (by Image Position
 * (Patient), never by Instance Number; Instance Number only where there is no geometry). Runs on a
 * background thread.
 */
final class SeriesLoader {
    private SeriesLoader() {}

    /** What a scan found: the series, largest first, and the files that could not be read. */
    record ScanResult(List<OpenedSeries> series, List<String> problems) {
        ScanResult {
            series = List.copyOf(series);
            problems = List.copyOf(problems);
        }
    }

    static ScanResult scan(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        Map<String, List<OpenedSeries.Image>> bySeries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            DicomFile dicom;
            try {
                dicom = Part10Reader.read(file, ReadOptions.DEFAULT);
            } catch (DicomFormatException e) {
                problems.add(file.getFileName() + ": " + e.getMessage());
                continue;
            } catch (UncheckedIOException e) {
                problems.add(file.getFileName() + ": " + e.getCause().getMessage());
                continue;
            }
            add(bySeries, file, dicom);
        }
        return result(bySeries, problems);
    }

    /**
     * Reads series handed over in memory (Part 10 bytes, for example from the encrypted study cache):
     * nothing touches the disk; each image is named {@code origin/<SOP Instance UID>} in messages.
     */
    static ScanResult scanMemory(String origin, List<byte[]> part10) {
        Map<String, List<OpenedSeries.Image>> bySeries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (byte[] bytes : part10) {
            n++;
            DicomFile dicom;
            try {
                dicom = Part10Reader.read(new java.io.ByteArrayInputStream(bytes), ReadOptions.DEFAULT);
            } catch (IOException e) {
                problems.add("instance " + n + " from " + origin + ": " + e.getMessage());
                continue;
            }
            add(bySeries, Path.of(origin, dicom.dataSet().getString(Tag.SOPInstanceUID, "instance-" + n)), dicom);
        }
        return result(bySeries, problems);
    }

    private static void add(Map<String, List<OpenedSeries.Image>> bySeries, Path name, DicomFile dicom) {
        DataSet ds = dicom.dataSet();
        if (!ds.contains(Tag.PixelData) && !ds.contains(Tag.FloatPixelData) && !ds.contains(Tag.DoubleFloatPixelData)) {
            return;
        }
        int frames = Math.max(1, ds.getInt(Tag.NumberOfFrames, 1));
        String series = ds.getString(Tag.SeriesInstanceUID, "no-series:" + name.getParent());
        List<OpenedSeries.Image> images = bySeries.computeIfAbsent(series, k -> new ArrayList<>());
        for (int frame = 0; frame < frames; frame++) {
            images.add(new OpenedSeries.Image(name, ds, dicom.transferSyntax(), frame, frames));
        }
    }

    private static ScanResult result(Map<String, List<OpenedSeries.Image>> bySeries, List<String> problems) {
        List<OpenedSeries> series = new ArrayList<>();
        for (List<OpenedSeries.Image> images : bySeries.values()) {
            series.add(new OpenedSeries(order(images)));
        }
        series.sort(Comparator.comparingInt((OpenedSeries s) -> s.images().size()).reversed());
        return new ScanResult(series, problems);
    }

    private static List<OpenedSeries.Image> order(List<OpenedSeries.Image> images) {
        double[] orientation = images.get(0).dataSet().getDoubles(Tag.ImageOrientationPatient);
        boolean geometry = orientation.length == 6
                && images.stream().allMatch(i -> i.dataSet().getDoubles(Tag.ImagePositionPatient).length == 3);
        List<OpenedSeries.Image> sorted = new ArrayList<>(images);
        if (geometry) {
            Vec3 normal = Vec3.of(orientation, 0).cross(Vec3.of(orientation, 3));
            sorted.sort(Comparator.comparingDouble((OpenedSeries.Image i) -> normal.dot(Vec3.of(i.dataSet().getDoubles(Tag.ImagePositionPatient), 0)))
                    .thenComparingInt(OpenedSeries.Image::frame));
        } else {
            sorted.sort(Comparator.comparingInt((OpenedSeries.Image i) -> i.dataSet().getInt(Tag.InstanceNumber, 0))
                    .thenComparingInt(OpenedSeries.Image::frame));
        }
        return sorted;
    }
}
