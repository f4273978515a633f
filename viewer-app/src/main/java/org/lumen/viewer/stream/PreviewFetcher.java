package org.lumen.viewer.stream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.RenderOptions;

/** The server's rendered JPEG of one slice, as a {@link Preview} (lossy by construction). */
public final class PreviewFetcher {
    private final DicomWebClient client;

    public PreviewFetcher(DicomWebClient client) {
        this.client = client;
    }

    public Preview fetch(SeriesPlan plan, int slice) throws IOException {
        SliceRef ref = plan.slices().get(slice);
        byte[] jpeg = client.renderedFrame(plan.studyUid(), plan.seriesUid(), ref.instanceUid(), ref.frameNumber(),
                RenderOptions.jpeg()).data();
        return decode(jpeg);
    }

    static Preview decode(byte[] encoded) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(encoded));
        if (image == null) {
            throw new IOException("the server's rendered preview is not an image Lumen can read");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        return new Preview(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }
}
