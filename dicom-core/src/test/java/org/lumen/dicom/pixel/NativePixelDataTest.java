package org.lumen.dicom.pixel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.dicom.pixel.PixelDataSets.bytes;
import static org.lumen.dicom.pixel.PixelDataSets.grey;
import static org.lumen.dicom.pixel.PixelDataSets.image;
import static org.lumen.dicom.pixel.PixelDataSets.withPixels;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.BulkData;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

class NativePixelDataTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;

    private static Written write(DataSet ds, String ts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RawPixelsSummary summary = PixelDataReader.open(ds, ts, FrameDecoders.none()).writeRaw(out);
        return new Written(out.toByteArray(), summary);
    }

    private record Written(byte[] bytes, RawPixelsSummary summary) {}

    @Test
    void eightBitUnsignedTwoFramesAndTheJsonLine() throws IOException {
        DataSet ds = withPixels(grey(2, 3, 2, 8, 0), VR.OB, LE, bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        Written w = write(ds, UID.ExplicitVRLittleEndian);
        assertThat(w.bytes()).containsExactly(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(w.summary().toJson()).isEqualTo("{\"rows\":2,\"columns\":3,\"frames\":2,\"samplesPerPixel\":1,"
                + "\"bitsAllocated\":8,\"pixelRepresentation\":0,\"photometricInterpretation\":\"MONOCHROME2\","
                + "\"transferSyntaxUID\":\"1.2.840.10008.1.2.1\"}");
    }

    @Test
    void sixteenBitSignedLittleEndianIsWrittenAsStoredAndReadSignExtended() throws IOException {
        DataSet ds = withPixels(grey(1, 2, 1, 16, 1), VR.OW, LE, bytes(0x18, 0xFC, 0xE8, 0x03));
        Written w = write(ds, UID.ImplicitVRLittleEndian);
        assertThat(w.bytes()).containsExactly(bytes(0x18, 0xFC, 0xE8, 0x03));
        StoredFrame frame = PixelDataReader.open(ds, UID.ImplicitVRLittleEndian, FrameDecoders.none()).readFrame(0);
        assertThat(frame.sample(0)).isEqualTo(-1000);
        assertThat(frame.sample(1)).isEqualTo(1000);
        assertThat(w.summary().pixelRepresentation()).isEqualTo(1);
    }

    @Test
    void bitsAboveBitsStoredAreKeptNotMasked() throws IOException {
        DataSet ds = image(1, 1, 1, 1, 16, 12, 0, "MONOCHROME2", 0);
        withPixels(ds, VR.OW, LE, bytes(0x34, 0xF2));
        assertThat(write(ds, UID.ExplicitVRLittleEndian).bytes()).containsExactly(0x34, 0xF2);
    }

    @Test
    void bigEndianOwSwapsSixteenBitWords() throws IOException {
        DataSet ds = withPixels(grey(1, 2, 1, 16, 0), VR.OW, BE, bytes(0x01, 0x02, 0xAB, 0xCD));
        assertThat(write(ds, UID.ExplicitVRBigEndian).bytes()).containsExactly(0x02, 0x01, 0xCD, 0xAB);
    }

    @Test
    void thirtyTwoBitDataInBigEndianOwSwapsEachSixteenBitWordAsTheStandardSays() throws IOException {
        DataSet ds = withPixels(grey(1, 2, 1, 32, 0), VR.OW, BE, bytes(0x00, 0x13, 0x0E, 0xE8, 1, 2, 3, 4));
        assertThat(write(ds, UID.ExplicitVRBigEndian).bytes()).containsExactly(0x13, 0x00, 0xE8, 0x0E, 2, 1, 4, 3);
    }

    @Test
    void thirtyTwoBitLittleEndianSignedAndUnsigned() throws IOException {
        byte[] pixels = ByteBuffer.allocate(8).order(LE).putInt(-5).putInt(0x80000001).array();
        DataSet signed = withPixels(grey(1, 2, 1, 32, 1), VR.OW, LE, pixels);
        StoredFrame s = PixelDataReader.open(signed, UID.ExplicitVRLittleEndian, FrameDecoders.none()).readFrame(0);
        assertThat(s.data()).containsExactly(pixels);
        assertThat(s.sample(0)).isEqualTo(-5);
        DataSet unsigned = withPixels(grey(1, 2, 1, 32, 0), VR.OW, LE, pixels);
        StoredFrame u = PixelDataReader.open(unsigned, UID.ExplicitVRLittleEndian, FrameDecoders.none()).readFrame(0);
        assertThat(u.sample(1)).isEqualTo(0x80000001L);
    }

    @Test
    void planarConfigurationOneIsInterleaved() throws IOException {
        DataSet ds = withPixels(image(1, 2, 1, 3, 8, 8, 0, "RGB", 1), VR.OB, LE, bytes(10, 11, 20, 21, 30, 31));
        Written w = write(ds, UID.ExplicitVRLittleEndian);
        assertThat(w.bytes()).containsExactly(10, 20, 30, 11, 21, 31);
        assertThat(w.summary().samplesPerPixel()).isEqualTo(3);
        assertThat(w.summary().photometricInterpretation()).isEqualTo("RGB");
    }

    @Test
    void sixteenBitPlanarBigEndianIsSwappedThenInterleaved() throws IOException {
        DataSet ds = withPixels(image(1, 2, 1, 3, 16, 16, 0, "RGB", 1), VR.OW, BE,
                bytes(0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6));
        assertThat(write(ds, UID.ExplicitVRBigEndian).bytes()).containsExactly(1, 0, 3, 0, 5, 0, 2, 0, 4, 0, 6, 0);
    }

    @Test
    void oneBitFramesStartMidByteAndUseLittleEndianBitOrder() throws IOException {
        // three 3 x 3 frames = 27 bits; frame 0 = bits 0-8, frame 1 = bits 9-17, frame 2 = bits 18-26
        // byte 0 = 0b1000_0101 -> pixels 1,0,1,0,0,0,0,1; byte 1 = 0b0000_0011 -> 1,1,0,0,0,0,0,0
        // byte 2 = 0b1111_0000 -> 0,0,0,0,1,1,1,1; byte 3 = 0b0000_0101 -> 1,0,1,(pad)
        DataSet ds = withPixels(image(3, 3, 3, 1, 1, 1, 0, "MONOCHROME2", 0), VR.OB, LE, bytes(0x85, 0x03, 0xF0, 0x05));
        Written w = write(ds, UID.ExplicitVRLittleEndian);
        assertThat(w.bytes()).containsExactly(
                1, 0, 1, 0, 0, 0, 0, 1, 1,
                1, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 1, 1, 1, 1, 1, 0, 1);
        assertThat(w.summary().bitsAllocated()).isEqualTo(1);
        assertThat(w.summary().frames()).isEqualTo(3);
    }

    @Test
    void oneBitInBigEndianObIsNotSwapped() throws IOException {
        DataSet ds = withPixels(image(1, 8, 2, 1, 1, 1, 0, "MONOCHROME2", 0), VR.OB, BE, bytes(0x01, 0x80));
        assertThat(write(ds, UID.ExplicitVRBigEndian).bytes()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void floatAndDoubleFloatPixelData() throws IOException {
        DataSet floats = image(1, 2, 1, 1, 32, 32, 0, "MONOCHROME2", 0);
        floats.remove(Tag.PixelRepresentation);
        floats.put(Tag.FloatPixelData, VR.OF, new Value.Bytes(ByteBuffer.allocate(8).order(BE).putFloat(1.5f).putFloat(-2f).array(), BE));
        Written w = write(floats, UID.ExplicitVRBigEndian);
        assertThat(w.bytes()).containsExactly(ByteBuffer.allocate(8).order(LE).putFloat(1.5f).putFloat(-2f).array());
        StoredFrame frame = PixelDataReader.open(floats, UID.ExplicitVRBigEndian, FrameDecoders.none()).readFrame(0);
        assertThat(frame.floatSample(1)).isEqualTo(-2.0);

        DataSet doubles = image(1, 1, 1, 1, 64, 64, 0, "MONOCHROME2", 0);
        doubles.put(Tag.DoubleFloatPixelData, VR.OD, new Value.Bytes(ByteBuffer.allocate(8).order(LE).putDouble(Math.PI).array(), LE));
        Written d = write(doubles, UID.ExplicitVRLittleEndian);
        assertThat(ByteBuffer.wrap(d.bytes()).order(LE).getDouble()).isEqualTo(Math.PI);
        assertThat(d.summary().bitsAllocated()).isEqualTo(64);
    }

    @Test
    void paddedOddLengthValueWritesOnlyThePixels() throws IOException {
        byte[] pixels = new byte[28];
        for (int i = 0; i < 27; i++) {
            pixels[i] = (byte) (i + 1);
        }
        DataSet ds = withPixels(image(3, 3, 1, 3, 8, 8, 0, "RGB", 0), VR.OB, LE, pixels);
        byte[] written = write(ds, UID.ExplicitVRLittleEndian).bytes();
        assertThat(written).hasSize(27).startsWith(1, 2, 3).endsWith(27);
    }

    @Test
    void ybrFull422IsWrittenAsStored() throws IOException {
        DataSet ds = withPixels(image(1, 4, 1, 3, 8, 8, 0, "YBR_FULL_422", 0), VR.OB, LE, bytes(10, 20, 100, 200, 30, 40, 110, 210));
        Written w = write(ds, UID.ExplicitVRLittleEndian);
        assertThat(w.bytes()).containsExactly(10, 20, 100, 200, 30, 40, 110, 210);
        assertThat(w.summary().photometricInterpretation()).isEqualTo("YBR_FULL_422");
        assertThat(w.summary().samplesPerPixel()).isEqualTo(3);
    }

    @Test
    void bulkPixelDataIsReadFrameByFrameFromItsFile(@TempDir Path dir) throws IOException {
        byte[] file = new byte[100 + 2 * 2 * 2 * 3];
        for (int i = 0; i < 24; i++) {
            file[100 + i] = (byte) (i * 3);
        }
        Path path = dir.resolve("pixels.bin");
        Files.write(path, file);
        DataSet ds = grey(2, 2, 3, 16, 0);
        ds.put(Tag.PixelData, VR.OW, new Value.Bulk(new BulkData(path, 100, 24), BE));
        PixelDataReader reader = PixelDataReader.open(ds, UID.ExplicitVRBigEndian, FrameDecoders.none());
        assertThat(reader.readFrame(2).data()).containsExactly(51, 48, 57, 54, 63, 60, 69, 66);
        assertThat(reader.readFrame(0).sample(0)).isEqualTo(3);
    }
}
