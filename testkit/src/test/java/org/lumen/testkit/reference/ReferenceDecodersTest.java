package org.lumen.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.data.PydicomCorpus;

/** Runs the real reference tools on pydicom's test files. */
class ReferenceDecodersTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolsInstalled() {
        ToolCheck.require("dcmdjpeg", "dcmdjpls", "dcmdrle", "dcmconv", "gdcmconv");
        ToolCheck.requirePydicom();
    }

    @Test
    void dcmdjpegDecompressesLossyJpegToTheExpectedPixelCount() {
        Path out = tmp.resolve("lossy-raw.dcm");
        ReferenceResult r = ReferenceDecoders.dcmtkDecompress(PydicomCorpus.testFile("JPEG-lossy.dcm"), out);
        assertThat(r).isInstanceOf(ReferenceResult.Decoded.class);
        assertThat(r.tool()).isEqualTo("dcmdjpeg");
        RawPixels px = ReferenceDecoders.readUncompressedPixelData(out);
        assertThat(px.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2.1");
        assertThat(px.rows()).isEqualTo(1024);
        assertThat(px.columns()).isEqualTo(256);
        assertThat(px.bitsAllocated()).isEqualTo(16);
        assertThat(px.length()).isEqualTo(1024 * 256 * 2).isEqualTo((int) px.expectedLength());
    }

    @Test
    void losslessCodecsReproduceTheUncompressedOriginalExactly() {
        RawPixels original = ReferenceDecoders.readUncompressedPixelData(PydicomCorpus.testFile("MR_small.dcm"));
        assertThat(original.length()).isEqualTo(64 * 64 * 2);

        Path rle = tmp.resolve("rle.dcm");
        assertThat(ReferenceDecoders.dcmtkDecompress(PydicomCorpus.testFile("MR_small_RLE.dcm"), rle).tool())
                .isEqualTo("dcmdrle");
        assertThat(ReferenceDecoders.readUncompressedPixelData(rle).data()).isEqualTo(original.data());

        Path jls = tmp.resolve("jls.dcm");
        ReferenceResult jlsResult = ReferenceDecoders.dcmtkDecompress(
                PydicomCorpus.testFile("MR_small_jpeg_ls_lossless.dcm"), jls);
        assertThat(jlsResult.decoded()).as(jlsResult.reason()).isTrue();
        assertThat(ReferenceDecoders.readUncompressedPixelData(jls).data()).isEqualTo(original.data());

        Path j2k = tmp.resolve("j2k.dcm");
        ReferenceResult gdcm = ReferenceDecoders.gdcmRaw(PydicomCorpus.testFile("MR_small_jp2klossless.dcm"), j2k);
        assertThat(gdcm.decoded()).as(gdcm.reason()).isTrue();
        assertThat(ReferenceDecoders.readUncompressedPixelData(j2k).data()).isEqualTo(original.data());
    }

    @Test
    void implicitLittleEndianIsReadAsStored() {
        RawPixels explicit = ReferenceDecoders.readUncompressedPixelData(PydicomCorpus.testFile("MR_small.dcm"));
        RawPixels implicit = ReferenceDecoders.readUncompressedPixelData(PydicomCorpus.testFile("MR_small_implicit.dcm"));
        assertThat(implicit.transferSyntaxUid()).isEqualTo("1.2.840.10008.1.2");
        assertThat(implicit.data()).isEqualTo(explicit.data());
        assertThat(implicit.pixelRepresentation()).isEqualTo(1);
    }

    @Test
    void dcmconvRewritesBigEndianAsLittleEndianWithTheSamePixels() {
        RawPixels original = ReferenceDecoders.readUncompressedPixelData(PydicomCorpus.testFile("MR_small.dcm"));
        Path le = tmp.resolve("le.dcm");
        ReferenceResult r = ReferenceDecoders.dcmtkDecompress(PydicomCorpus.testFile("MR_small_bigendian.dcm"), le);
        assertThat(r.tool()).isEqualTo("dcmconv");
        assertThat(r.decoded()).as(r.reason()).isTrue();
        assertThat(ReferenceDecoders.readUncompressedPixelData(le).data()).isEqualTo(original.data());
        assertThatThrownBy(() -> ReferenceDecoders.readUncompressedPixelData(PydicomCorpus.testFile("MR_small_bigendian.dcm")))
                .hasMessageContaining("1.2.840.10008.1.2.2");
    }

    @Test
    void dcmtkHasNoJpeg2000DecoderAndSaysSo() {
        ReferenceResult r = ReferenceDecoders.dcmtkDecompress(PydicomCorpus.testFile("MR_small_jp2klossless.dcm"),
                tmp.resolve("never.dcm"));
        assertThat(r).isInstanceOf(ReferenceResult.Unsupported.class);
        assertThat(r.decoded()).isFalse();
        assertThat(r.reason()).contains("1.2.840.10008.1.2.4.90");
        assertThat(tmp.resolve("never.dcm")).doesNotExist();
    }

    @Test
    void garbageInputIsAFailureWithTheToolsMessage() throws Exception {
        Path garbage = tmp.resolve("garbage.dcm");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5});
        ReferenceResult r = ReferenceDecoders.dcmtkDecompress(garbage, tmp.resolve("out.dcm"), "1.2.840.10008.1.2.4.50",
                ReferenceDecoders.DEFAULT_TIMEOUT);
        assertThat(r).isInstanceOf(ReferenceResult.Failed.class);
        assertThat(((ReferenceResult.Failed) r).exitCode()).isNotZero();
        assertThat(r.reason()).startsWith("dcmdjpeg exited");
        ReferenceResult g = ReferenceDecoders.gdcmRaw(garbage, tmp.resolve("out2.dcm"));
        assertThat(g.decoded()).isFalse();
    }

    @Test
    void compressedFileIsRefusedByTheRawReader() {
        assertThatThrownBy(() -> ReferenceDecoders.readUncompressedPixelData(PydicomCorpus.testFile("JPEG-lossy.dcm")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.2.840.10008.1.2.4.51");
    }

    @Test
    void toolChoiceFollowsTheTransferSyntax() {
        assertThat(ReferenceDecoders.dcmtkToolFor("1.2.840.10008.1.2.4.50")).isEqualTo("dcmdjpeg");
        assertThat(ReferenceDecoders.dcmtkToolFor("1.2.840.10008.1.2.4.70")).isEqualTo("dcmdjpeg");
        assertThat(ReferenceDecoders.dcmtkToolFor("1.2.840.10008.1.2.4.81")).isEqualTo("dcmdjpls");
        assertThat(ReferenceDecoders.dcmtkToolFor("1.2.840.10008.1.2.5")).isEqualTo("dcmdrle");
        assertThat(ReferenceDecoders.dcmtkToolFor("1.2.840.10008.1.2.2")).isEqualTo("dcmconv");
        assertThat(ReferenceDecoders.dcmtkToolFor("1.2.840.10008.1.2.4.91")).isEmpty();
        assertThat(ReferenceDecoders.dcmtkToolFor("1.2.840.10008.1.2.4.201")).isEmpty();
    }
}
