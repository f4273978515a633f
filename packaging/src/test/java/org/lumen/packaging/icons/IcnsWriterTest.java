package org.lumen.packaging.icons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcnsWriterTest {
    private static final List<Integer> SIZES = List.of(16, 32, 64, 128, 256, 512, 1024);
    /** Apple's element types and the pixel size each holds, written out independently of the writer. */
    private static final Map<String, Integer> PIXELS_BY_TYPE = Map.ofEntries(Map.entry("icp4", 16),
            Map.entry("icp5", 32), Map.entry("icp6", 64), Map.entry("ic07", 128), Map.entry("ic08", 256),
            Map.entry("ic09", 512), Map.entry("ic10", 1024), Map.entry("ic11", 32), Map.entry("ic12", 64),
            Map.entry("ic13", 256), Map.entry("ic14", 512));

    @Test
    void everyElementHoldsAPngOfItsTypesSize() throws IOException {
        byte[] icns = IcnsWriter.write(SIZES.stream().map(TestIcons::solid).toList());
        Map<String, BufferedImage> elements = readElements(icns);
        assertThat(elements.keySet()).containsExactlyInAnyOrderElementsOf(PIXELS_BY_TYPE.keySet());
        elements.forEach((type, image) -> {
            int size = PIXELS_BY_TYPE.get(type);
            assertThat(image.getWidth()).as(type).isEqualTo(size);
            assertThat(image.getHeight()).as(type).isEqualTo(size);
            assertThat(image.getRGB(size / 2, size / 2)).as(type).isEqualTo(TestIcons.colourFor(size));
        });
    }

    @Test
    void icnsutilsListsEveryElementAndTheFamilyLength(@TempDir Path folder) throws Exception {
        byte[] icns = IcnsWriter.write(SIZES.stream().map(TestIcons::solid).toList());
        Path file = Files.write(folder.resolve("test.icns"), icns);
        String listing = ExternalTool.run("icns2png", "-l", file.toString());
        assertThat(listing).contains("Icon family size is " + icns.length + " bytes");
        List<String> listed = new ArrayList<>();
        Pattern.compile("(?m)^\\s+'(\\w{4})' ").matcher(listing).results().forEach(match -> listed.add(match.group(1)));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(PIXELS_BY_TYPE.keySet());
        assertThat(listing).contains("'ic10' 1024x1024", "'ic08' 256x256");
    }

    @Test
    void refusesASizeMacOsHasNoSlotFor() {
        assertThatThrownBy(() -> IcnsWriter.write(List.of(TestIcons.solid(48))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("48 px");
    }

    /** Parses the ICNS independently: magic, total length, then type/length/payload elements. */
    private static Map<String, BufferedImage> readElements(byte[] icns) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        in.position(4);
        assertThat(in.getInt()).as("family length").isEqualTo(icns.length);
        Map<String, BufferedImage> elements = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            String type = new String(icns, in.position(), 4, StandardCharsets.US_ASCII);
            in.position(in.position() + 4);
            int length = in.getInt();
            assertThat(length).as("element %s length", type).isGreaterThan(8).isLessThanOrEqualTo(in.remaining() + 8);
            byte[] png = new byte[length - 8];
            in.get(png);
            assertThat(elements.put(type, TestIcons.decode(png))).as("duplicate %s", type).isNull();
        }
        return elements;
    }
}
