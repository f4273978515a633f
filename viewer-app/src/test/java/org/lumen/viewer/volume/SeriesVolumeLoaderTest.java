package org.lumen.viewer.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Writer;
import org.lumen.rendering.volume.Volume;

/** Stored values reduced to Bits Stored, unsigned and shifted by High Bit; grouping and errors. */
class SeriesVolumeLoaderTest {
    @TempDir
    Path dir;

    private void write(String name, String series, int z, int bitsStored, int highBit, int[] raw) throws Exception {
        DataSet ds = new DataSet();
        ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
        ds.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3." + name.hashCode());
        ds.setString(Tag.SeriesInstanceUID, VR.UI, series);
        ds.setDouble(Tag.ImagePositionPatient, VR.DS, 0, 0, z);
        ds.setDouble(Tag.ImageOrientationPatient, VR.DS, 1, 0, 0, 0, 1, 0);
        ds.setDouble(Tag.PixelSpacing, VR.DS, 1, 1);
        ds.setInt(Tag.SamplesPerPixel, VR.US, 1);
        ds.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInt(Tag.Rows, VR.US, 1);
        ds.setInt(Tag.Columns, VR.US, raw.length);
        ds.setInt(Tag.BitsAllocated, VR.US, 16);
        ds.setInt(Tag.BitsStored, VR.US, bitsStored);
        ds.setInt(Tag.HighBit, VR.US, highBit);
        ds.setInt(Tag.PixelRepresentation, VR.US, 0);
        ByteBuffer bytes = ByteBuffer.allocate(raw.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : raw) {
            bytes.putShort((short) v);
        }
        ds.setBytes(Tag.PixelData, VR.OW, bytes.array());
        Part10Writer.write(DicomFile.of(ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), dir.resolve(name));
    }

    @Test
    void unsignedValuesAreMaskedToBitsStored() throws Exception {
        write("a.dcm", "1.1", 0, 10, 9, new int[] {0xFC00 | 1023, 0x0400 | 5, 65535});
        write("b.dcm", "1.1", 2, 10, 9, new int[] {0, 1, 2});
        LoadedSeries loaded = SeriesVolumeLoader.load(List.of(dir));
        Volume v = loaded.volume();
        assertThat(new int[] {v.stored(0, 0, 0), v.stored(1, 0, 0), v.stored(2, 0, 0)}).containsExactly(1023, 5, 1023);
        assertThat(v.stored(2, 0, 1)).isEqualTo(2);
        assertThat(loaded.files()).isEqualTo(2);
        assertThat(loaded.headerWindow()).isEmpty();
        assertThat(loaded.fullRange().apply(0)).isZero();
        assertThat(loaded.fullRange().apply(1023)).isEqualTo(255);
    }

    @Test
    void valuesBelowHighBitsFieldAreShiftedDown() throws Exception {
        // Bits Stored 8 at High Bit 11: the value sits in bits 4..11
        write("a.dcm", "1.1", 0, 8, 11, new int[] {200 << 4 | 0xF, 0xF000 | 7 << 4});
        write("b.dcm", "1.1", 1, 8, 11, new int[] {0, 0});
        Volume v = SeriesVolumeLoader.load(List.of(dir.resolve("a.dcm"), dir.resolve("b.dcm"))).volume();
        assertThat(v.stored(0, 0, 0)).isEqualTo(200);
        assertThat(v.stored(1, 0, 0)).isEqualTo(7);
    }

    @Test
    void severalSeriesNoImagesAndMissingPathsAreErrors() throws Exception {
        write("a.dcm", "1.1", 0, 16, 15, new int[] {1});
        write("b.dcm", "1.2", 1, 16, 15, new int[] {1});
        assertThatThrownBy(() -> SeriesVolumeLoader.load(List.of(dir))).isInstanceOf(SeriesLoadException.class)
                .hasMessageContaining("2 series found");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve(".hidden.dcm"), "x");
        assertThatThrownBy(() -> SeriesVolumeLoader.load(List.of(empty))).isInstanceOf(SeriesLoadException.class)
                .hasMessageContaining("no DICOM images");
        assertThatThrownBy(() -> SeriesVolumeLoader.load(List.of(dir.resolve("none")))).isInstanceOf(NoSuchFileException.class);
    }
}
