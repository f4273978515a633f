package org.lumen.packaging.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcoWriterTest {
    private static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    @Test
    void directoryNamesEverySizeAndPointsAtItsPng() throws IOException {
        byte[] ico = IcoWriter.write(SIZES.stream().map(TestIcons::solid).toList());
        ByteBuffer in = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.getShort()).isZero();
        assertThat(in.getShort()).as("type 1 = icon").isEqualTo((short) 1);
        assertThat(in.getShort()).isEqualTo((short) SIZES.size());
        int expectedOffset = 6 + 16 * SIZES.size();
        for (int size : SIZES) {
            int width = Byte.toUnsignedInt(in.get());
            int height = Byte.toUnsignedInt(in.get());
            assertThat(width == 0 ? 256 : width).isEqualTo(size);
            assertThat(height == 0 ? 256 : height).isEqualTo(size);
            assertThat(in.get()).as("palette size").isZero();
            assertThat(in.get()).as("reserved").isZero();
            assertThat(in.getShort()).as("planes").isEqualTo((short) 1);
            assertThat(in.getShort()).as("bits per pixel").isEqualTo((short) 32);
            int length = in.getInt();
            int offset = in.getInt();
            assertThat(offset).isEqualTo(expectedOffset);
            BufferedImage image = TestIcons.decode(Arrays.copyOfRange(ico, offset, offset + length));
            assertThat(image.getWidth()).isEqualTo(size);
            assertThat(image.getHeight()).isEqualTo(size);
            assertThat(image.getRGB(size / 2, size / 2)).isEqualTo(TestIcons.colourFor(size));
            expectedOffset += length;
        }
        assertThat(expectedOffset).as("nothing after the last image").isEqualTo(ico.length);
    }

    @Test
    void imageMagickReadsEverySize(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("test.ico"), IcoWriter.write(SIZES.stream().map(TestIcons::solid).toList()));
        String listing = ExternalTool.run("identify", "-format", "%w %h\\n", file.toString());
        assertThat(listing.lines().toList()).containsExactlyElementsOf(SIZES.stream().map(s -> s + " " + s).toList());
    }

    @Test
    void refusesImagesAnIcoCannotDescribe() {
        assertThatThrownBy(() -> IcoWriter.write(List.of(TestIcons.solid(512))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256");
        assertThatThrownBy(() -> IcoWriter.write(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
