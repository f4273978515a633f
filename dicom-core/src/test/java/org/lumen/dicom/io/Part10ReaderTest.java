package org.lumen.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicom.DataSet;
import org.lumen.dicom.Tag;
import org.lumen.dicom.TransferSyntax;
import org.lumen.dicom.VR;
import org.lumen.dicom.Value;

/** Encodings the reader must recognize, on pydicom's files whose content is known. */
class Part10ReaderTest {
    private static final Path FILES = PydicomCorpus.DATA.resolve("test_files");

    private static DicomFile read(String name) throws IOException {
        return Part10Reader.read(FILES.resolve(name));
    }

    @Test
    void bigEndianValuesKeepTheirOrderAndDecodeAsTheLittleEndianOriginal() throws IOException {
        DicomFile little = read("MR_small.dcm");
        for (String name : new String[] {"MR_small_bigendian.dcm", "MR_small_expb.dcm"}) {
            DicomFile big = read(name);
            assertThat(big.transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
            Value.Bytes pixels = (Value.Bytes) big.dataSet().get(Tag.PixelData).orElseThrow().value();
            assertThat(pixels.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
            assertThat(Equivalence.littleEndian(pixels, VR.OW))
                    .isEqualTo(little.dataSet().getBytes(Tag.PixelData).orElseThrow());
            assertThat(big.dataSet().getInt(Tag.Rows)).isEqualTo(little.dataSet().getInt(Tag.Rows));
        }
    }

    @Test
    void bigEndianIsSwappedAsDcmtkSwapsIt(@TempDir Path temp) throws Exception {
        // rtdose_expb.dcm: 32-bit dose in OW; PS3.5 and dcmtk swap OW by 16-bit words
        Path converted = temp.resolve("dcmconv.dcm");
        Process dcmconv = new ProcessBuilder("dcmconv", "+te", FILES.resolve("rtdose_expb.dcm").toString(),
                converted.toString()).redirectErrorStream(true).start();
        String output = new String(dcmconv.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(dcmconv.waitFor()).as(output).isZero();
        DicomFile big = read("rtdose_expb.dcm");
        Path ours = temp.resolve("ours.dcm");
        Part10Writer.write(new DicomFile(big.fileMeta(), big.dataSet(), TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN), ours);
        DataSet byDcmtk = Part10Reader.read(converted).dataSet();
        DataSet byUs = Part10Reader.read(ours).dataSet();
        assertThat(byUs.getBytes(Tag.PixelData).orElseThrow()).isEqualTo(byDcmtk.getBytes(Tag.PixelData).orElseThrow());
        Equivalence.assertEquivalent(byDcmtk, byUs, true);
    }

    @Test
    void sequencesOfTagsUnknownToTheImplicitTableAreFound() throws IOException {
        DicomFile implicit = read("rtdose.dcm");
        DicomFile big = read("rtdose_expb.dcm");
        assertThat(implicit.transferSyntax()).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(implicit.dataSet().getSequence(0x300C0002)).as("Referenced RT Plan Sequence")
                .hasSameSizeAs(big.dataSet().getSequence(0x300C0002)).isNotEmpty();
    }

    @Test
    void dataSetsWithoutMetaInformationAreRecognizedByTheirFirstElement() throws IOException {
        assertThat(read("ExplVR_BigEndNoMeta.dcm").transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_BIG_ENDIAN);
        assertThat(read("ExplVR_LitEndNoMeta.dcm").transferSyntax()).isEqualTo(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        DicomFile rtstruct = read("rtstruct.dcm");
        assertThat(rtstruct.fileMeta().isEmpty()).isTrue();
        assertThat(rtstruct.transferSyntax()).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(read("meta_missing_tsyntax.dcm").transferSyntax()).isEqualTo(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        assertThat(read("ExplVR_BigEndNoMeta.dcm").dataSet().getString(Tag.Modality)).contains("RTPLAN");
    }

    @Test
    void deflatedDataSetIsInflatedIntoMemory() throws IOException {
        DicomFile deflated = read("image_dfl.dcm");
        assertThat(deflated.transferSyntax().deflated()).isTrue();
        assertThat(deflated.dataSet().get(Tag.PixelData).orElseThrow().value()).isInstanceOf(Value.Bytes.class);
        assertThat(deflated.dataSet().get(Tag.PixelData).orElseThrow().value().length()).isEqualTo(262144);
    }

    @Test
    void undefinedLengthUnIsReadAsAnImplicitLittleEndianSequence() throws IOException {
        DataSet dataSet = read("UN_sequence.dcm").dataSet();
        assertThat(dataSet.get(0x4453100C).orElseThrow().vr()).isEqualTo(VR.SQ);
        DataSet item = dataSet.getItem(0x4453100C, 0).orElseThrow();
        DataSet series = item.getItem(0x00081115, 0).orElseThrow();
        DataSet sop = series.getItem(0x00081199, 0).orElseThrow();
        assertThat(sop.getString(Tag.ReferencedSOPInstanceUID)).contains("1.2.840.113619.2.327.3.185221411.476.1398588726.278.80");
        assertThat(item.getString(Tag.StudyInstanceUID)).contains("1.2.840.113619.2.327.3.185221411.476.1398588725.795");
    }

    @Test
    void fragmentsAboveTheThresholdStayInTheFile() throws IOException {
        Path file = FILES.resolve("JPEG2000.dcm");
        Value.Fragments inMemory = (Value.Fragments) read("JPEG2000.dcm").dataSet().get(Tag.PixelData).orElseThrow().value();
        Value.Fragments lazy = (Value.Fragments) Part10Reader.read(file, ReadOptions.DEFAULT.withBulkDataThreshold(16))
                .dataSet().get(Tag.PixelData).orElseThrow().value();
        assertThat(lazy.fragments()).hasSameSizeAs(inMemory.fragments());
        Value.Bulk frame = (Value.Bulk) lazy.fragments().get(1);
        assertThat(frame.data().read()).isEqualTo(((Value.Bytes) inMemory.fragments().get(1)).data());
    }

    @Test
    void streamAndFileReadTheSame() throws IOException {
        Path file = FILES.resolve("rtplan.dcm");
        DicomFile fromFile = Part10Reader.read(file);
        try (InputStream in = Files.newInputStream(file)) {
            DicomFile fromStream = Part10Reader.read(in, ReadOptions.DEFAULT);
            assertThat(fromStream.dataSet()).isEqualTo(fromFile.dataSet());
            assertThat(fromStream.fileMeta()).isEqualTo(fromFile.fileMeta());
        }
    }
}
