package org.lumen.dicom.lut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class GreyscalePipelineTest {
    private static final ModalityLut CT = new ModalityLut.Rescale(1, -1024);

    @Test
    void formulaGivesTheExpectedBytes() {
        GreyscalePipeline brain = new GreyscalePipeline(CT, new WindowTransform(40, 400, VoiFunction.LINEAR), PresentationLut.Shape.IDENTITY);
        assertThat(brain.toByte(1024 + 40)).isEqualTo(128);   // 127.8195...
        assertThat(brain.toByte(1024 - 160)).isEqualTo(0);
        assertThat(brain.toByte(1024 - 159)).isEqualTo(1);    // 0.639...
        assertThat(brain.toByte(1024 + 239)).isEqualTo(255);
        GreyscalePipeline inverted = new GreyscalePipeline(CT, new WindowTransform(40, 400, VoiFunction.LINEAR), PresentationLut.Shape.INVERSE);
        assertThat(inverted.toByte(1024 + 40)).isEqualTo(127); // 255 - 127.8195 = 127.18
    }

    @Test
    void fastByteTableEqualsTheFormulaForEveryStoredValue() {
        int[] ramp = new int[4096];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = i * 16 + (i % 7);
        }
        LookupTable voiTable = new LookupTable(-1000, 16, ramp);
        LookupTable modalityTable = new LookupTable(-2048, 12, java.util.stream.IntStream.range(0, 4096).map(i -> 4095 - i).toArray());
        List<GreyscalePipeline> pipelines = List.of(
                new GreyscalePipeline(CT, new WindowTransform(40, 400, VoiFunction.LINEAR), PresentationLut.Shape.IDENTITY),
                new GreyscalePipeline(CT, new WindowTransform(-600, 1500, VoiFunction.LINEAR), PresentationLut.Shape.INVERSE),
                new GreyscalePipeline(new ModalityLut.Rescale(0.5, 3.25), new WindowTransform(100, 1, VoiFunction.LINEAR), PresentationLut.Shape.IDENTITY),
                new GreyscalePipeline(CT, new WindowTransform(40, 400, VoiFunction.LINEAR_EXACT), PresentationLut.Shape.IDENTITY),
                new GreyscalePipeline(CT, new WindowTransform(40, 400, VoiFunction.SIGMOID), PresentationLut.Shape.INVERSE),
                new GreyscalePipeline(CT, new VoiLut.Table(voiTable), PresentationLut.Shape.IDENTITY),
                new GreyscalePipeline(new ModalityLut.Table(modalityTable), new WindowTransform(2000, 4000, VoiFunction.LINEAR), PresentationLut.Shape.IDENTITY));
        for (GreyscalePipeline pipeline : pipelines) {
            byte[] table = pipeline.byteTable(-32768, 32767);
            for (int v = -32768; v <= 32767; v++) {
                if ((table[v + 32768] & 0xFF) != pipeline.toByte(v)) {
                    throw new AssertionError(pipeline + " differs at stored value " + v);
                }
            }
            assertThat(table).hasSize(65536);
        }
    }

    @Test
    void tablesOverHugeRangesAreRefused() {
        GreyscalePipeline p = new GreyscalePipeline(CT, new WindowTransform(40, 400, VoiFunction.LINEAR), PresentationLut.Shape.IDENTITY);
        assertThatThrownBy(() -> p.byteTable(0, 1L << 24)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.byteTable(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modalityLutRescaleAndTable() {
        assertThat(new ModalityLut.Rescale(2, -1024).apply(1000)).isEqualTo(976.0);
        ModalityLut table = new ModalityLut.Table(new LookupTable(-2, 16, new int[] {7, 8, 9}));
        assertThat(table.apply(-10)).isEqualTo(7.0);
        assertThat(table.apply(-1)).isEqualTo(8.0);
        assertThat(table.apply(10)).isEqualTo(9.0);
    }

    @Test
    void voiTableIsScaledOntoTheOutputRange() {
        VoiLut table = new VoiLut.Table(new LookupTable(10, 8, new int[] {0, 51, 255}));
        assertThat(table.apply(9, 0, 255)).isEqualTo(0.0);
        assertThat(table.apply(11.2, 0, 255)).isEqualTo(51.0);
        assertThat(table.apply(11, 0, 1)).isEqualTo(0.2);
        assertThat(table.apply(99, 0, 255)).isEqualTo(255.0);
    }
}
