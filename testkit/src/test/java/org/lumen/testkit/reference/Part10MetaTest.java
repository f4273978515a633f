package org.lumen.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.data.PydicomCorpus;

class Part10MetaTest {

    @Test
    void readsTheTransferSyntaxOfRealFiles() {
        assertThat(Part10Meta.transferSyntaxUid(PydicomCorpus.testFile("CT_small.dcm"))).isEqualTo("1.2.840.10008.1.2.1");
        assertThat(Part10Meta.transferSyntaxUid(PydicomCorpus.testFile("JPEG-lossy.dcm")))
                .isEqualTo("1.2.840.10008.1.2.4.51");
        assertThat(Part10Meta.transferSyntaxUid(PydicomCorpus.testFile("MR_small_RLE.dcm")))
                .isEqualTo("1.2.840.10008.1.2.5");
    }

    @Test
    void fileWithoutMagicOrSyntaxIsRejected() {
        assertThatThrownBy(() -> Part10Meta.transferSyntaxUid(PydicomCorpus.testFile("no_meta.dcm")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset 128");
        assertThatThrownBy(() -> Part10Meta.transferSyntaxUid(PydicomCorpus.testFile("meta_missing_tsyntax.dcm")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0002,0010)");
    }

    @Test
    void truncatedMetaElementNamesItsOffset(@TempDir Path tmp) throws Exception {
        byte[] file = new byte[132 + 8];
        System.arraycopy("DICM".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, file, 128, 4);
        // (0002,0010) UI with length 0x4000, far past the end of the file
        byte[] element = {0x02, 0x00, 0x10, 0x00, 'U', 'I', 0x00, 0x40};
        System.arraycopy(element, 0, file, 132, 8);
        Path p = tmp.resolve("truncated.dcm");
        Files.write(p, file);
        assertThatThrownBy(() -> Part10Meta.transferSyntaxUid(p)).hasMessageContaining("offset 132");
    }
}
