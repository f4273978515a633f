package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/** What the writer puts into the meta information and how it encodes values, byte by byte. */
class Part10WriterTest {

    private static DataSet image() {
        DataSet dataSet = new DataSet();
        dataSet.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
        dataSet.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4.5");
        dataSet.setInt(Tag.Rows, VR.US, 0x0102);
        return dataSet;
    }

    private static byte[] write(DicomFile file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.write(file, out);
        return out.toByteArray();
    }

    @Test
    void metaInformationIsCompleteAndItsGroupLengthIsRight() throws IOException {
        byte[] bytes = write(DicomFile.of(image(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        assertThat(Arrays.copyOf(bytes, 128)).containsOnly(0);
        assertThat(new String(bytes, 128, 4, StandardCharsets.US_ASCII)).isEqualTo("DICM");
        DataSet meta = Part10Reader.read(new ByteArrayInputStream(bytes), ReadOptions.DEFAULT).fileMeta();
        assertThat(meta.getBytes(Tag.FileMetaInformationVersion)).hasValueSatisfying(v -> assertThat(v).containsExactly(0, 1));
        assertThat(meta.getString(Tag.MediaStorageSOPClassUID)).contains(UID.CTImageStorage);
        assertThat(meta.getString(Tag.MediaStorageSOPInstanceUID)).contains("1.2.3.4.5");
        assertThat(meta.getString(Tag.TransferSyntaxUID)).contains(UID.ExplicitVRLittleEndian);
        assertThat(meta.getString(Tag.ImplementationClassUID)).contains(UID.LumenImplementationClass);
        assertThat(meta.getString(Tag.ImplementationVersionName)).contains(UID.LumenImplementationVersion);
        int groupLength = meta.getInt(Tag.FileMetaInformationGroupLength).orElseThrow();
        int metaEnd = 132 + 12 + groupLength;
        // the first data set element, (0008,0016), starts right where the group length says the meta ends
        assertThat(bytes[metaEnd]).isEqualTo((byte) 0x08);
        assertThat(bytes[metaEnd + 2]).isEqualTo((byte) 0x16);
    }

    @Test
    void bigEndianSwapsBinaryValuesByTheirWidthButNotText() throws IOException {
        byte[] bytes = write(DicomFile.of(image(), TransferSyntax.EXPLICIT_VR_BIG_ENDIAN));
        DicomFile read = Part10Reader.read(new ByteArrayInputStream(bytes), ReadOptions.DEFAULT);
        Value.Bytes rows = (Value.Bytes) read.dataSet().get(Tag.Rows).orElseThrow().value();
        assertThat(rows.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(rows.data()).containsExactly(0x01, 0x02);
        assertThat(read.dataSet().getInt(Tag.Rows)).hasValue(0x0102);
        assertThat(read.dataSet().getString(Tag.SOPInstanceUID)).contains("1.2.3.4.5");
    }

    @Test
    void encapsulatedPixelDataAndExtendedOffsetTableSurvive() throws IOException {
        DataSet dataSet = image();
        byte[] offsets = new byte[8];
        dataSet.put(Tag.ExtendedOffsetTable, VR.OV, Value.Bytes.of(offsets));
        dataSet.put(Tag.PixelData, VR.OB, new Value.Fragments(List.of(Value.Bytes.EMPTY,
                Value.Bytes.of(new byte[] {(byte) 0xFF, (byte) 0xD8, 1}), Value.Bytes.of(new byte[] {2, 3}))));
        for (WriteOptions options : List.of(WriteOptions.DEFAULT, new WriteOptions(true))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Part10Writer.write(DicomFile.of(dataSet, TransferSyntax.JPEG_BASELINE), out, options);
            DicomFile read = Part10Reader.read(new ByteArrayInputStream(out.toByteArray()), ReadOptions.DEFAULT);
            assertThat(read.transferSyntax()).isEqualTo(TransferSyntax.JPEG_BASELINE);
            assertThat(read.dataSet().get(Tag.ExtendedOffsetTable).orElseThrow().vr()).isEqualTo(VR.OV);
            Value.Fragments fragments = (Value.Fragments) read.dataSet().get(Tag.PixelData).orElseThrow().value();
            assertThat(fragments.fragments()).hasSize(3);
            assertThat(((Value.Bytes) fragments.fragments().get(1)).data()).containsExactly(0xFF, 0xD8, 1, 0);
        }
    }

    @Test
    void undefinedLengthsUseDelimiters() throws IOException {
        DataSet dataSet = image();
        DataSet item = new DataSet().setString(Tag.ReferencedSOPInstanceUID, VR.UI, "1.2");
        dataSet.setSequence(0x00081115, List.of(item));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Part10Writer.write(DicomFile.of(dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), out, new WriteOptions(true));
        String text = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        assertThat(text).contains("SQ\0\0\u00FF\u00FF\u00FF\u00FF").contains("\u00FE\u00FF\r\u00E0\0\0\0\0")
                .contains("\u00FE\u00FF\u00DD\u00E0\0\0\0\0");
        DicomFile read = Part10Reader.read(new ByteArrayInputStream(out.toByteArray()), ReadOptions.DEFAULT);
        assertThat(read.dataSet().getSequence(0x00081115)).hasSize(1);
        assertThat(read.dataSet().getSequence(0x00081115).get(0).getString(Tag.ReferencedSOPInstanceUID)).contains("1.2");
    }

    @Test
    void aFileWithBulkDataCanBeWrittenOverItself(@TempDir Path temp) throws IOException {
        DataSet dataSet = image();
        byte[] pixels = new byte[4096];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 7);
        }
        dataSet.setBytes(Tag.PixelData, VR.OW, pixels);
        Path file = temp.resolve("image.dcm");
        Part10Writer.write(DicomFile.of(dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), file);
        DicomFile lazy = Part10Reader.read(file, ReadOptions.DEFAULT.withBulkDataThreshold(1024));
        assertThat(lazy.dataSet().get(Tag.PixelData).orElseThrow().value()).isInstanceOf(Value.Bulk.class);

        Part10Writer.write(new DicomFile(lazy.fileMeta(), lazy.dataSet(), TransferSyntax.EXPLICIT_VR_BIG_ENDIAN), file);
        DicomFile reread = Part10Reader.read(file);
        assertThat(reread.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        Value.Bytes swapped = (Value.Bytes) reread.dataSet().get(Tag.PixelData).orElseThrow().value();
        assertThat(swapped.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(swapped.data()[0]).isEqualTo(pixels[1]);
        assertThat(swapped.data()[1]).isEqualTo(pixels[0]);
        Equivalence.assertEquivalent(dataSet, reread.dataSet(), true);
        try (var listing = Files.list(temp)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void encapsulatedPixelDataIsNotWrittenInANativeTransferSyntax() {
        DataSet dataSet = image();
        dataSet.put(Tag.PixelData, VR.OB, new Value.Fragments(List.of(Value.Bytes.EMPTY)));
        assertThatThrownBy(() -> write(DicomFile.of(dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
