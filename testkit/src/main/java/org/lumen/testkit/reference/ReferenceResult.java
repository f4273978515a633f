package org.lumen.testkit.reference;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a reference tool made of a file: decoded (with the output file), failed (exit status and
 * stderr), timed out, or not attempted because the tool has no decoder for the transfer syntax.
 */
public sealed interface ReferenceResult {

    /** The tool that was (or would have been) run, e.g. "dcmdjpeg". */
    String tool();

    /** Whether the tool produced a decoded file. */
    default boolean decoded() {
        return this instanceof Decoded;
    }

    /** Why the file was not decoded, or "decoded" when it was; for assertion messages. */
    String reason();

    /** The tool exited 0 and wrote a non-empty output file. */
    record Decoded(String tool, Path output, String stderr) implements ReferenceResult {
        /** Validates the parts. */
        public Decoded {
            Objects.requireNonNull(tool);
            Objects.requireNonNull(output);
            Objects.requireNonNull(stderr);
        }

        @Override
        public String reason() {
            return "decoded";
        }
    }

    /** The tool ran and refused the file (or wrote nothing). */
    record Failed(String tool, int exitCode, String stderr) implements ReferenceResult {
        /** Validates the parts. */
        public Failed {
            Objects.requireNonNull(tool);
            Objects.requireNonNull(stderr);
        }

        @Override
        public String reason() {
            return tool + " exited " + exitCode + ": " + stderr.strip();
        }
    }

    /** The tool ran longer than allowed and was killed. */
    record TimedOut(String tool, Duration timeout, String stderr) implements ReferenceResult {
        /** Validates the parts. */
        public TimedOut {
            Objects.requireNonNull(tool);
            Objects.requireNonNull(timeout);
            Objects.requireNonNull(stderr);
        }

        @Override
        public String reason() {
            return tool + " timed out after " + timeout;
        }
    }

    /** Not attempted: the tool family has no decoder for this transfer syntax. */
    record Unsupported(String tool, String transferSyntaxUid) implements ReferenceResult {
        /** Validates the parts. */
        public Unsupported {
            Objects.requireNonNull(tool);
            Objects.requireNonNull(transferSyntaxUid);
        }

        @Override
        public String reason() {
            return tool + " has no decoder for transfer syntax " + transferSyntaxUid;
        }
    }
}
