package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** The body of one part: reads up to the part's delimiter, then reports end of stream. */
final class PartInputStream extends InputStream {
    private final MultipartReader.Region region;

    PartInputStream(MultipartReader.Region region) {
        this.region = region;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        return region.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        byte[] scratch = new byte[8192];
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }
}
