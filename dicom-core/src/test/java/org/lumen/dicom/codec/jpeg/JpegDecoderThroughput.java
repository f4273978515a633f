package org.lumen.dicom.codec.jpeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lumen.dicom.codec.FrameInfo;

/**
 * Not a test: prints decoding throughput (megapixels per second) for a 512 x 512 baseline grey
 * frame, a 512 x 512 4:2:0 colour frame and a 512 x 512 16-bit lossless frame. Run by hand with
 * the test classpath; needs dcmcjpeg and /usr/bin/python3 with pydicom for the lossless frame.
 */
final class JpegDecoderThroughput {
    private JpegDecoderThroughput() {
    }

    public static void main(String[] args) throws Exception {
        byte[] grey = ImageIoJpegFixtures.encode(ImageIoJpegFixtures.syntheticImage(512, 512, false), 0, 1, 1);
        byte[] colour = ImageIoJpegFixtures.encode(ImageIoJpegFixtures.syntheticImage(512, 512, true), 0, 2, 2);
        measure("baseline grey 512x512", grey, new FrameInfo(512, 512, 1, 8, 8, false, "MONOCHROME2", 0));
        measure("baseline YBR 4:2:0 512x512", colour, new FrameInfo(512, 512, 3, 8, 8, false, "YBR_FULL_422", 0));
        Path dir = Files.createTempDirectory("lumen-jpeg-throughput");
        Path script = ReferenceTools.glueScript(dir);
        Path source = dir.resolve("ct.dcm");
        ReferenceTools.run(ReferenceTools.PYTHON, script.toString(), "make", source.toString(), "mono16_512");
        Path compressed = dir.resolve("ct.jpeg.dcm");
        ReferenceTools.run("dcmcjpeg", "+e1", source.toString(), compressed.toString());
        Path decoded = dir.resolve("ct.dcmd.dcm");
        ReferenceTools.run("dcmdjpeg", compressed.toString(), decoded.toString());
        ReferenceTools.run(List.of(ReferenceTools.PYTHON, script.toString(), "extract", dir.toString()),
                "ct\t" + compressed + "\t" + decoded + "\t-\n");
        ReferenceCase ct = ReferenceCase.load(dir, "ct 512 512 1 16 16 0 MONOCHROME2 0 MONOCHROME2");
        measure("lossless SV1 16-bit 512x512", ct.bitstream(), ct.info());
    }

    private static void measure(String label, byte[] bitstream, FrameInfo info) throws Exception {
        JpegDecoder decoder = new JpegDecoder();
        long sink = 0;
        for (int i = 0; i < 300; i++) {
            sink += decoder.decode(bitstream, info).samples()[i % 100];
        }
        int runs = 500;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            sink += decoder.decode(bitstream, info).samples()[i % 100];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mp = (double) info.rows() * info.columns() * runs / 1e6 / seconds;
        System.out.printf("%-32s %8.1f MP/s (%d bytes, checksum %d)%n", label, mp, bitstream.length, sink);
    }
}
