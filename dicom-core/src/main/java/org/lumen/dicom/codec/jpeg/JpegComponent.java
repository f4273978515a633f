package org.lumen.dicom.codec.jpeg;

/**
 * One image component of a frame (T.81 B.2.2) and its decoded sample plane. The plane is padded
 * to whole MCUs for DCT frames (libjpeg decodes the padding blocks too, and its upsamplers may read
 * them) and is exactly width x height for lossless frames.
 */
final class JpegComponent {
    final int id;
    final int h;
    final int v;
    final int quantSelector;
    int dcSelector;
    /** Whether a scan has coded this component yet. */
    boolean scanned;
    /** Point transform of the lossless scan that coded this component. */
    int pointTransform;
    int acSelector;
    /** Width and height of the component before upsampling: ceil(X * h / hmax), ceil(Y * v / vmax). */
    int width;
    int height;
    int[] plane;
    int stride;
    int planeHeight;

    JpegComponent(int id, int h, int v, int quantSelector) {
        this.id = id;
        this.h = h;
        this.v = v;
        this.quantSelector = quantSelector;
    }
}
