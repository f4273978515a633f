import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.volume.Volume;
import org.lumen.viewer.demo.DemoStudy;
import org.lumen.viewer.volume.SeriesVolumeLoader;

/**
 * The JIT check of bench/jit-steady.sh: the app's hot CPU paths, round after round in one JVM started
 * with the options under test, so that the first rounds show how soon the compilers make them fast
 * (warm-up) and the last ones the code they settle on (steady state). A round: read and decode every
 * file of a folder in each transfer syntax given, load the plain folder as a volume, render each native
 * slice and 30 oblique 512 x 512 planes with the CPU renderer on 2 fork/join threads. One line a round:
 * {@code round N <task>=wall/cpu ...} in ms (cpu: the whole process's, compiler threads included).
 *
 * <p>Usage: {@code java [options] JitSteady rounds plainFolder [compressedFolder...]}; {@code JitSteady demo root}
 * writes the DEMO study under {@code root} (as the first start does) and prints its folder.
 */
public final class JitSteady {
    private static final WindowLevel WINDOW = new WindowLevel(40, 400);

    public static void main(String[] args) throws Exception {
        if (args[0].equals("demo")) {
            System.out.println(DemoStudy.ensure(Path.of(args[1])));
            return;
        }
        int rounds = Integer.parseInt(args[0]);
        Path plain = Path.of(args[1]);
        List<List<Path>> folders = Stream.of(args).skip(1).map(JitSteady::files).toList();
        try (ForkJoinPool pool = new ForkJoinPool(2); CpuRenderer renderer = new CpuRenderer(pool)) {
            long check = 0;
            for (int r = 1; r <= rounds; r++) {
                StringBuilder line = new StringBuilder("round " + r);
                long t0 = System.nanoTime();
                long c0 = cpuMillis();
                for (int i = 0; i < folders.size(); i++) {
                    long s = System.nanoTime();
                    long c = cpuMillis();
                    check += decode(folders.get(i));
                    line.append(" decode-").append(folders.get(i).getFirst().getParent().getFileName()).append('=').append(since(s, c));
                }
                long s = System.nanoTime();
                long c = cpuMillis();
                Volume volume = SeriesVolumeLoader.load(List.of(plain)).volume();
                line.append(" load=").append(since(s, c));
                s = System.nanoTime();
                c = cpuMillis();
                check += render(renderer, volume);
                line.append(" render=").append(since(s, c));
                System.out.println(line.append(" total=").append(since(t0, c0)));
            }
            if (check == 42) {
                System.out.println("checksum " + check);
            }
        }
    }

    /** The whole process's CPU time (ms): the compiler threads' too, which waiting for a core does not inflate. */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    /** "wall/cpu" in ms since the two readings. */
    private static String since(long nanos, long cpu) {
        return (System.nanoTime() - nanos) / 1_000_000 + "/" + (cpuMillis() - cpu);
    }

    private static List<Path> files(String folder) {
        try (Stream<Path> s = Files.list(Path.of(folder))) {
            return s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(folder, e);
        }
    }

    private static long decode(List<Path> files) throws IOException {
        long sum = 0;
        for (Path f : files) {
            DicomFile dicom = Part10Reader.read(f);
            PixelDataReader reader = PixelDataReader.open(dicom.dataSet(), dicom.transferSyntax().uid(), FrameDecoders.standard());
            for (int i = 0; i < reader.frameCount(); i++) {
                sum += reader.readFrame(i).data().length;
            }
        }
        return sum;
    }

    private static long render(CpuRenderer renderer, Volume volume) {
        long sum = 0;
        int slices = volume.geometry().slices();
        for (int k = 0; k < slices; k++) {
            SlicePlane plane = SlicePlane.nativeSlice(volume.geometry(), k);
            sum += renderer.render(ViewRequest.slice(volume, plane, volume.geometry().columns(), volume.geometry().rows(), WINDOW)).grey(10, 10);
        }
        for (int f = 0; f < 30; f++) {
            Vec3 right = Vec3.LEFT.rotatedAbout(Vec3.LEFT, Math.toRadians(20)).rotatedAbout(Vec3.POSTERIOR, Math.toRadians(f));
            Vec3 down = Vec3.POSTERIOR.rotatedAbout(Vec3.LEFT, Math.toRadians(20)).rotatedAbout(Vec3.POSTERIOR, Math.toRadians(f));
            SlicePlane plane = new SlicePlane(volume.geometry().center(), right, down, 1, 1).fittedTo(volume.geometry(), 512, 512);
            RenderedImage image = renderer.render(ViewRequest.slice(volume, plane, 512, 512, WINDOW));
            sum += image.grey(256, 256);
        }
        return sum;
    }
}
