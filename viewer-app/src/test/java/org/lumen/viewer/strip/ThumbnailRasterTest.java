package org.lumen.viewer.strip;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.viewer.testdata.SyntheticStudies;

class ThumbnailRasterTest {
    @TempDir
    Path dir;

    @Test
    void shrinkAveragesBoxesAndKeepsTheAspect() {
        int[] argb = new int[4 * 2];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | (i % 2 == 0 ? 0 : 200) * 0x010101;
        }
        Thumbnail t = ThumbnailRaster.shrink(4, 2, argb, 2, false);
        assertThat(t.width()).isEqualTo(2);
        assertThat(t.height()).isEqualTo(1);
        assertThat(t.argb()).containsExactly(0xFF646464, 0xFF646464);
        assertThat(ThumbnailRaster.shrink(4, 2, argb, 96, true).width()).isEqualTo(4);
    }

    @Test
    void decodesTheMiddleFrameThroughTheHeaderWindow() throws Exception {
        SyntheticStudies.Study study = SyntheticStudies.write(dir, "Doe^J", "P1", "20240101", "Test",
                java.util.List.of(new SyntheticStudies.Series("CT", "Axial", 1)));
        DicomFile file = Part10Reader.read(study.files().get(0));
        Thumbnail t = ThumbnailRaster.fromDataSet(file.dataSet(), file.transferSyntax().uid(), 16);
        assertThat(t.width()).isEqualTo(16);
        assertThat(t.serverRendered()).isFalse();
        // Window 2048/4096 maps the ramp's stored values linearly: the left column is darker than the right.
        int left = t.argb()[8 * 16] & 0xFF;
        int right = t.argb()[8 * 16 + 15] & 0xFF;
        assertThat(left).isLessThan(10);
        assertThat(right).isBetween(120, 135);
    }

    @Test
    void readsRenderedJpegs() throws Exception {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 100; y++) {
                image.setRGB(x, y, x < 100 ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        Thumbnail t = ThumbnailRaster.fromEncoded(out.toByteArray(), 96);
        assertThat(t.width()).isEqualTo(96);
        assertThat(t.height()).isEqualTo(48);
        assertThat(t.argb()[0] & 0xFF).isZero();
        assertThat(t.argb()[95] & 0xFF).isEqualTo(255);
    }
}
