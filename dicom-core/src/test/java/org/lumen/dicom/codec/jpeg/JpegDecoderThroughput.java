package org.lumen.dicom.codec.jpeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.lumen.dicom.codec.FrameInfo;

/**
 * Not a test: prints decoding throughput (megapixels per second) for a 512 x 512 baseline grey
 * frame, a 512 x 512 4:2:0 colour frame and a 512 x 512 16-bit lossless (SV1) frame. Run by hand
 * with the test classpath. {@code --generate DIR} only writes the bitstreams (needs dcmcjpeg and
 * /usr/bin/python3 with pydicom); {@code DIR} only measures them (java.base suffices); no argument
 * does both in a temporary folder. Files are named {@code label_ROWSxCOLSxSAMPLES_PHOTOMETRIC.jpg}.
 */
final class JpegDecoderThroughput {
    private JpegDecoderThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--generate")) {
            generate(Path.of(args[1]));
        } else if (args.length == 1) {
            measureAll(Path.of(args[0]));
        } else {
            Path dir = Files.createTempDirectory("lumen-jpeg-throughput");
            generate(dir);
            measureAll(dir);
        }
    }

    private static void generate(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.write(dir.resolve("baseline-grey_512x512x1_MONOCHROME2.jpg"),
                ImageIoJpegFixtures.encode(ImageIoJpegFixtures.syntheticImage(512, 512, false), 0, 1, 1));
        Files.write(dir.resolve("baseline-420_512x512x3_YBR_FULL_422.jpg"),
                ImageIoJpegFixtures.encode(ImageIoJpegFixtures.syntheticImage(512, 512, true), 0, 2, 2));
        Path work = Files.createTempDirectory("lumen-jpeg-ct");
        Path script = ReferenceTools.glueScript(work);
        Path source = work.resolve("ct.dcm");
        ReferenceTools.run(ReferenceTools.PYTHON, script.toString(), "make", source.toString(), "ct12s_512");
        Path compressed = work.resolve("ct.jpeg.dcm");
        ReferenceTools.run("dcmcjpeg", "+e1", source.toString(), compressed.toString());
        Path decoded = work.resolve("ct.dcmd.dcm");
        ReferenceTools.run("dcmdjpeg", compressed.toString(), decoded.toString());
        ReferenceTools.run(List.of(ReferenceTools.PYTHON, script.toString(), "extract", work.toString()),
                "ct\t" + compressed + "\t" + decoded + "\t-\n");
        Files.copy(work.resolve("ct.jpg"), dir.resolve("lossless-sv1-ct_512x512x1_MONOCHROME2.jpg"));
    }

    private static void measureAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jpg")).sorted().toList()) {
                String name = file.getFileName().toString();
                String[] parts = name.substring(0, name.length() - 4).split("_", 3);
                String[] dims = parts[1].split("x");
                FrameInfo info = new FrameInfo(Integer.parseInt(dims[0]), Integer.parseInt(dims[1]),
                        Integer.parseInt(dims[2]), 16, 16, false, parts[2], 0);
                measure(parts[0], Files.readAllBytes(file), info);
            }
        }
    }

    private static void measure(String label, byte[] bitstream, FrameInfo info) throws IOException {
        JpegDecoder decoder = new JpegDecoder();
        long sink = 0;
        for (int i = 0; i < 300; i++) {
            sink += decoder.decode(bitstream, info).samples()[i % 100];
        }
        int runs = 1000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            sink += decoder.decode(bitstream, info).samples()[i % 100];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mp = (double) info.rows() * info.columns() * runs / 1e6 / seconds;
        System.out.printf("%-24s %8.1f MP/s  %6.2f ms/frame (%d bytes, checksum %d)%n", label, mp,
                seconds * 1000 / runs, bitstream.length, sink);
    }
}
