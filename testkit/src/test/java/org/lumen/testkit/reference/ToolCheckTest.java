package org.lumen.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToolCheckTest {

    @Test
    void missingToolNamesItsAptPackage() {
        assertThatThrownBy(() -> ToolCheck.require("dcmdjpeg-not-installed-anywhere"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dcmdjpeg-not-installed-anywhere").hasMessageContaining("apt-get install dcmtk");
        assertThatThrownBy(() -> ToolCheck.require("sh", "gdcmnothing"))
                .hasMessageContaining("libgdcm-tools");
    }

    @Test
    void installedToolIsFound() {
        assertThat(ToolCheck.locate("sh")).isPresent();
        assertThat(ToolCheck.require("/bin/sh").toString()).isEqualTo("/bin/sh");
        assertThat(ToolCheck.locate("/no/such/tool")).isEmpty();
    }

    @Test
    void packagesAreMappedByToolFamily() {
        assertThat(ToolCheck.debianPackage("dcmdjpls")).isEqualTo("dcmtk");
        assertThat(ToolCheck.debianPackage("gdcmconv")).isEqualTo("libgdcm-tools");
        assertThat(ToolCheck.debianPackage("/usr/sbin/Orthanc")).isEqualTo("orthanc");
    }
}
