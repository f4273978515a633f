package org.lumen.viewer.cli;

import java.io.Console;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What the {@code lumen} commands read from outside their arguments, so that tests can supply it:
 * environment variables, whether the error stream is a terminal and how many columns it has, and a
 * nanosecond clock for rates.
 *
 * @param variables environment lookup (empty when unset)
 * @param terminal whether progress may redraw one line in place
 * @param columns terminal width used for the progress bar (20 to 1000)
 * @param nanoClock monotonic clock, like {@link System#nanoTime()}
 */
record CliEnvironment(Function<String, Optional<String>> variables, boolean terminal, int columns, LongSupplier nanoClock) {
    static final int DEFAULT_COLUMNS = 80;

    CliEnvironment {
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(nanoClock, "nanoClock");
        if (columns < 20 || columns > 1000) {
            throw new IllegalArgumentException("columns must be 20 to 1000: " + columns);
        }
    }

    /** The real process environment; the width comes from {@code COLUMNS} when the shell exports it. */
    static CliEnvironment system() {
        Console console = System.console();
        Function<String, Optional<String>> env = name -> Optional.ofNullable(System.getenv(name));
        return new CliEnvironment(env, console != null && console.isTerminal(), columns(env.apply("COLUMNS")), System::nanoTime);
    }

    static int columns(Optional<String> value) {
        try {
            int c = Integer.parseInt(value.orElse("").trim());
            return c >= 20 && c <= 1000 ? c : DEFAULT_COLUMNS;
        } catch (NumberFormatException e) {
            return DEFAULT_COLUMNS;
        }
    }

    /** A non-empty environment variable. */
    Optional<String> variable(String name) {
        return variables.apply(name).filter(v -> !v.isEmpty());
    }
}
