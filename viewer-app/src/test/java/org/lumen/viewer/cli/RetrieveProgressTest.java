package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The retrieve progress: the bar's text fitted to the terminal, and plain lines elsewhere. */
class RetrieveProgressTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private CliEnvironment environment(boolean terminal, int columns) {
        return new CliEnvironment(name -> Optional.ofNullable(Map.<String, String>of().get(name)), terminal, columns,
                () -> nanos.get());
    }

    @Test
    void barShowsFractionCountMegabytesAndRateWithinTheWidth() {
        String line = RetrieveProgress.line(50, OptionalInt.of(200), 26_250_000, 2.5, 60);
        assertThat(line).isEqualTo("[" + "#".repeat(7) + ".".repeat(22) + "]  50/200  26.3 MB  10.5 MB/s");
        assertThat(line.length()).isLessThanOrEqualTo(59);
        assertThat(RetrieveProgress.line(200, OptionalInt.of(200), 105_000_000, 1, 80))
                .isEqualTo("[" + "#".repeat(46) + "]  200/200  105.0 MB  105.0 MB/s").hasSize(79);
    }

    @Test
    void withoutATotalOrRoomThereIsNoBar() {
        assertThat(RetrieveProgress.line(7, OptionalInt.empty(), 3_500_000, 0.5, 80)).isEqualTo("7 instances  3.5 MB  7.0 MB/s");
        assertThat(RetrieveProgress.line(7, OptionalInt.of(9), 3_500_000, 0, 24)).isEqualTo("7/9  3.5 MB");
        assertThat(RetrieveProgress.line(123456, OptionalInt.empty(), 123_456_789_000L, 1, 20)).hasSize(19);
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlaceAndEndedOnce() {
        RetrieveProgress progress = new RetrieveProgress(new PrintWriter(err), environment(true, 50), OptionalInt.of(2));
        nanos.set(1_000_000_000L);
        progress.saved("1.2.3.dcm", 1_000_000);
        nanos.set(2_000_000_000L);
        progress.saved("1.2.4.dcm", 1_000_000);
        progress.finish();
        String[] draws = err.toString().split("\r", -1);
        assertThat(draws).hasSize(3);
        assertThat(draws[0]).isEmpty();
        assertThat(draws[1]).isEqualTo("[" + "#".repeat(12) + ".".repeat(12) + "]  1/2  1.0 MB  1.0 MB/s").hasSize(49);
        assertThat(draws[2]).isEqualTo("[" + "#".repeat(24) + "]  2/2  2.0 MB  1.0 MB/s" + System.lineSeparator());
        assertThat(err.toString()).doesNotContain("1.2.3.dcm");
    }

    @Test
    void elsewhereEachFileIsOnePlainLine() {
        RetrieveProgress progress = new RetrieveProgress(new PrintWriter(err), environment(false, 80), OptionalInt.of(2));
        progress.saved("1.2.3.dcm", 525_092);
        progress.saved("1.2.4.dcm", 525_100);
        progress.finish();
        assertThat(err.toString()).doesNotContain("\r", "#")
                .isEqualTo("1.2.3.dcm\t525092 bytes\t1/2" + System.lineSeparator() + "1.2.4.dcm\t525100 bytes\t2/2" + System.lineSeparator());
    }

    @Test
    void nothingSavedLeavesTheTerminalAlone() {
        RetrieveProgress progress = new RetrieveProgress(new PrintWriter(err), environment(true, 80), OptionalInt.empty());
        progress.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theWidthComesFromColumnsWhenItIsSensible() {
        assertThat(CliEnvironment.columns(Optional.of("132"))).isEqualTo(132);
        assertThat(CliEnvironment.columns(Optional.of("wide"))).isEqualTo(CliEnvironment.DEFAULT_COLUMNS);
        assertThat(CliEnvironment.columns(Optional.of("5"))).isEqualTo(CliEnvironment.DEFAULT_COLUMNS);
        assertThat(CliEnvironment.columns(Optional.empty())).isEqualTo(CliEnvironment.DEFAULT_COLUMNS);
    }
}
