package org.lumen.dicom.codec.jpeg;

/**
 * What the frame header (SOF) and the table segments seen so far say: the state shared by the
 * scan decoders of one codestream.
 */
final class JpegFrame {
    final int marker;
    final int precision;
    final int width;
    final int height;
    final JpegComponent[] components;
    final int hmax;
    final int vmax;
    final int mcusX;
    final int mcusY;

    JpegFrame(int marker, int precision, int width, int height, JpegComponent[] components) {
        this.marker = marker;
        this.precision = precision;
        this.width = width;
        this.height = height;
        this.components = components;
        int hm = 1;
        int vm = 1;
        for (JpegComponent c : components) {
            hm = Math.max(hm, c.h);
            vm = Math.max(vm, c.v);
        }
        this.hmax = hm;
        this.vmax = vm;
        int unit = lossless() ? 1 : 8;
        this.mcusX = ceilDiv(width, unit * hm);
        this.mcusY = ceilDiv(height, unit * vm);
        for (JpegComponent c : components) {
            c.width = ceilDiv(width * c.h, hm);
            c.height = ceilDiv(height * c.v, vm);
        }
    }

    boolean lossless() {
        return marker == 0xC3;
    }

    /** Samples the component planes and the output will take, to refuse absurd frames before allocating. */
    long planeSamples() {
        long total = (long) width * height * components.length;
        for (JpegComponent c : components) {
            total += lossless() ? (long) c.width * c.height : (long) mcusX * c.h * 8 * mcusY * c.v * 8;
        }
        return total;
    }

    void allocatePlanes() {
        for (JpegComponent c : components) {
            if (lossless()) {
                c.stride = c.width;
                c.planeHeight = c.height;
            } else {
                c.stride = mcusX * c.h * 8;
                c.planeHeight = mcusY * c.v * 8;
            }
            c.plane = new int[c.stride * c.planeHeight];
        }
    }

    static int ceilDiv(int a, int b) {
        return (int) (((long) a + b - 1) / b);
    }
}
