package org.lumen.dicom.codec.jpeg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lumen.dicom.codec.FrameInfo;

/**
 * One reference comparison: the frame bitstream, what the data set says about it, the values
 * dcmdjpeg wrote and (for lossless cases) the original uncompressed values.
 */
record ReferenceCase(String name, FrameInfo info, byte[] bitstream, int[] reference, String referencePhotometric,
        Optional<int[]> original) {

    /** Parses a line printed by dicom_glue.py extract and loads the files it wrote into {@code dir}. */
    static ReferenceCase load(Path dir, String line) throws IOException {
        String[] f = line.strip().split("\t");
        String name = f[0];
        FrameInfo info = new FrameInfo(Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6].equals("1"), f[7], Integer.parseInt(f[8]));
        Path orig = dir.resolve(name + ".orig");
        return new ReferenceCase(name, info, Files.readAllBytes(dir.resolve(name + ".jpg")),
                ints(dir.resolve(name + ".ref")), f[9],
                Files.exists(orig) ? Optional.of(ints(orig)) : Optional.empty());
    }

    private static int[] ints(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int[] v = new int[b.remaining() / 4];
        b.asIntBuffer().get(v);
        return v;
    }
}
