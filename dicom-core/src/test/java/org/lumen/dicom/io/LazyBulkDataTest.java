package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.UID;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/** A file with 300 MB of (sparse) pixel data: reading its header never loads the pixels. */
class LazyBulkDataTest {
    private static final long PIXELS = 300L * 1024 * 1024;
    private static final byte[] MARKER = "LASTBYTE".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path temp;

    private Path bigFile() throws IOException {
        DataSet dataSet = new DataSet();
        dataSet.setString(Tag.SOPClassUID, VR.UI, UID.SecondaryCaptureImageStorage);
        dataSet.setString(Tag.SOPInstanceUID, VR.UI, UID.generate());
        dataSet.setString(Tag.PatientName, VR.PN, "Large^Lazy");
        dataSet.setInt(Tag.Rows, VR.US, 10240);
        dataSet.setInt(Tag.Columns, VR.US, 15360);
        dataSet.setInt(Tag.BitsAllocated, VR.US, 16);
        Path file = temp.resolve("big.dcm");
        try (OutputStream out = Files.newOutputStream(file)) {
            Part10Writer.write(DicomFile.of(dataSet, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), out);
            EncodedBytes header = EncodedBytes.littleEndian().longHeader(Tag.PixelData, "OW", PIXELS);
            out.write(header.toArray());
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() + PIXELS);
            raf.seek(raf.length() - MARKER.length);
            raf.write(MARKER);
        }
        return file;
    }

    @Test
    void patientNameIsReadWithoutLoadingThePixels() throws IOException {
        Path file = bigFile();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        DicomFile read = Part10Reader.read(file);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(read.dataSet().getString(Tag.PatientName)).contains("Large^Lazy");
        assertThat(allocated).as("bytes allocated while reading").isLessThan(2L * 1024 * 1024);
        Value pixels = read.dataSet().get(Tag.PixelData).orElseThrow().value();
        assertThat(pixels).isInstanceOf(Value.Bulk.class);
        Value.Bulk bulk = (Value.Bulk) pixels;
        assertThat(bulk.length()).isEqualTo(PIXELS);
        assertThat(bulk.data().offset() + bulk.data().length()).isEqualTo(Files.size(file));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer tail = ByteBuffer.allocate(MARKER.length);
            channel.read(tail, bulk.data().offset() + PIXELS - MARKER.length);
            assertThat(tail.array()).isEqualTo(MARKER);
        }
    }

    @Test
    void stoppingBeforePixelDataLeavesItOut() throws IOException {
        DicomFile read = Part10Reader.read(bigFile(), ReadOptions.DEFAULT.withStopBeforePixelData(true));
        assertThat(read.dataSet().contains(Tag.PixelData)).isFalse();
        assertThat(read.dataSet().getInt(Tag.Columns)).hasValue(15360);
    }

    @Test
    void valuesBelowTheThresholdAreInMemoryAndAboveItAreBulk() throws IOException {
        Path ct = PydicomCorpus.DATA.resolve("test_files/CT_small.dcm");
        assertThat(Part10Reader.read(ct).dataSet().get(Tag.PixelData).orElseThrow().value()).isInstanceOf(Value.Bytes.class);
        DicomFile small = Part10Reader.read(ct, ReadOptions.DEFAULT.withBulkDataThreshold(1024));
        assertThat(small.dataSet().get(Tag.PixelData).orElseThrow().value()).isInstanceOf(Value.Bulk.class);
        assertThat(small.dataSet().getBytes(Tag.PixelData).orElseThrow())
                .isEqualTo(Part10Reader.read(ct).dataSet().getBytes(Tag.PixelData).orElseThrow());
    }
}
