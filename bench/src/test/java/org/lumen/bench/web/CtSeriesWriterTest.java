package org.lumen.bench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;

/** The benchmark's CT series reads back as the series the benchmark and its peers ask for. */
class CtSeriesWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneCtSliceAFileWithTheUidsTheBenchmarkRequests() throws Exception {
        List<Path> files = CtSeriesWriter.write(dir, 32, 3);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("ct0001.dcm", "ct0002.dcm", "ct0003.dcm");
        for (int k = 0; k < 3; k++) {
            DicomFile file = Part10Reader.read(files.get(k));
            DataSet ds = file.dataSet();
            assertThat(file.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
            assertThat(ds.getString(Tag.StudyInstanceUID)).hasValue(CtSeriesWriter.STUDY);
            assertThat(ds.getString(Tag.SeriesInstanceUID)).hasValue(CtSeriesWriter.SERIES);
            assertThat(ds.getString(Tag.SOPInstanceUID)).hasValue(CtSeriesWriter.instanceUid(k + 1));
            assertThat(ds.getInt(Tag.InstanceNumber)).hasValue(k + 1);
            assertThat(ds.getInt(Tag.Rows)).hasValue(32);
            assertThat(ds.getInt(Tag.Columns)).hasValue(32);
            assertThat(ds.getInt(Tag.BitsAllocated)).hasValue(16);
            assertThat(ds.getInt(Tag.PixelRepresentation)).hasValue(1);
            assertThat(ds.getBytes(Tag.PixelData).orElseThrow()).hasSize(32 * 32 * 2);
        }
    }

    @Test
    void pixelsAreACtPhantomWithNoise() throws Exception {
        DataSet middle = Part10Reader.read(CtSeriesWriter.write(dir, 64, 3).get(1)).dataSet();
        ByteBuffer pixels = ByteBuffer.wrap(middle.getBytes(Tag.PixelData).orElseThrow()).order(ByteOrder.LITTLE_ENDIAN);
        int intercept = (int) middle.getDouble(Tag.RescaleIntercept).orElseThrow();
        int centre = pixels.getShort((32 * 64 + 32) * 2) + intercept;
        int corner = pixels.getShort(0) + intercept;
        assertThat(centre).isBetween(680, 720);
        assertThat(corner).isBetween(-1020, -980);
        long distinct = java.util.stream.IntStream.range(0, 64 * 64).map(i -> pixels.getShort(i * 2)).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void refusesSizesOutsideItsRange() {
        assertThatThrownBy(() -> CtSeriesWriter.write(dir, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtSeriesWriter.write(dir, 512, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
