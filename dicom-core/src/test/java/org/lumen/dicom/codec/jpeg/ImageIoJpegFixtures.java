package org.lumen.dicom.codec.jpeg;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.w3c.dom.NodeList;

/**
 * Baseline JPEG bitstreams that dcmcjpeg cannot make (restart intervals, chosen sampling factors),
 * encoded with the JDK's own JPEG writer by editing its native metadata tree.
 */
final class ImageIoJpegFixtures {
    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";

    private ImageIoJpegFixtures() {
    }

    static BufferedImage syntheticImage(int width, int height, boolean colour) {
        BufferedImage image = new BufferedImage(width, height, colour ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(11);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(30)) & 0xFF;
                int g = (y * 255 / height) & 0xFF;
                int b = ((x ^ y) * 5 + random.nextInt(50)) & 0xFF;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    /**
     * @param restartInterval MCUs per restart interval, 0 for none
     * @param lumaH           horizontal sampling factor of the first component (others get 1)
     * @param lumaV           vertical sampling factor of the first component
     */
    static byte[] encode(BufferedImage image, int restartInterval, int lumaH, int lumaV) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
            IIOMetadataNode markers = (IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0);
            NodeList specs = root.getElementsByTagName("componentSpec");
            for (int i = 0; i < specs.getLength(); i++) {
                IIOMetadataNode spec = (IIOMetadataNode) specs.item(i);
                spec.setAttribute("HsamplingFactor", Integer.toString(i == 0 ? lumaH : 1));
                spec.setAttribute("VsamplingFactor", Integer.toString(i == 0 ? lumaV : 1));
            }
            if (restartInterval > 0) {
                IIOMetadataNode dri = new IIOMetadataNode("dri");
                dri.setAttribute("interval", Integer.toString(restartInterval));
                markers.insertBefore(dri, root.getElementsByTagName("sof").item(0));
            }
            metadata.setFromTree(FORMAT, root);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }
}
