package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ObjectPathTest {
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    @Test
    void theUidCheckAgreesWithTheUidGrammar() {
        List<String> texts = List.of("1", "1.2", "1.2.840.10008.1.2.1", "0.0", "", ".", "1.", ".1", "1..2", "1.2.",
                "1,2", "1.2a", "a", " 1.2", "1.2 ", "1.-2", "１.２", "1".repeat(64), "1".repeat(65),
                "1.2.".repeat(16).substring(0, 63), "1.2.".repeat(16) + "1");
        for (String text : texts) {
            boolean expected = text.length() <= 64 && UID.matcher(text).matches();
            assertThat(ObjectPath.isUid(text)).as("'%s'", text).isEqualTo(expected);
        }
    }

    @Test
    void aPathRefusesWhatIsNotAUid() {
        assertThat(ObjectPath.instance("1.2", "1.3", "1.4").instanceUid()).contains("1.4");
        assertThatThrownBy(() -> ObjectPath.series("1.2", "1..3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a UID");
        assertThatThrownBy(() -> ObjectPath.study("1.2.")).isInstanceOf(IllegalArgumentException.class);
    }
}
