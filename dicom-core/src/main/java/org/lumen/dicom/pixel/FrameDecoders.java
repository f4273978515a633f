package org.lumen.dicom.pixel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.lumen.dicom.codec.FrameDecoder;

/**
 * Which {@link FrameDecoder} decodes the encapsulated pixel data of which transfer syntax. The caller
 * registers the codecs it has; native (uncompressed) transfer syntaxes need no entry, they are read
 * by {@link PixelDataReader} itself. Immutable and thread-safe.
 */
public final class FrameDecoders {
    private static final FrameDecoders NONE = new FrameDecoders(Map.of());

    private final Map<String, FrameDecoder> byTransferSyntax;

    private FrameDecoders(Map<String, FrameDecoder> byTransferSyntax) {
        this.byTransferSyntax = Map.copyOf(byTransferSyntax);
    }

    /** No decoders: only native pixel data can be read. */
    public static FrameDecoders none() {
        return NONE;
    }

    /** Decoders keyed by transfer syntax UID. */
    public static FrameDecoders of(Map<String, FrameDecoder> byTransferSyntax) {
        Map<String, FrameDecoder> copy = new LinkedHashMap<>();
        byTransferSyntax.forEach((uid, decoder) -> copy.put(checkedUid(uid), Objects.requireNonNull(decoder, "decoder")));
        return new FrameDecoders(copy);
    }

    /**
     * The decoders dicom-core brings: JPEG (baseline, extended, lossless), JPEG-LS, JPEG 2000 and RLE.
     * What {@code lumen dicom pixels}, the viewer and the benchmarks use.
     */
    public static FrameDecoders standard() {
        return StandardDecoders.ALL;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The decoder registered for a transfer syntax UID (surrounding spaces and NUL padding ignored). */
    public Optional<FrameDecoder> forTransferSyntax(String transferSyntaxUid) {
        return Optional.ofNullable(byTransferSyntax.get(trim(transferSyntaxUid)));
    }

    /** The transfer syntax UIDs that have a decoder. */
    public Set<String> transferSyntaxes() {
        return byTransferSyntax.keySet();
    }

    private static String checkedUid(String uid) {
        String trimmed = trim(Objects.requireNonNull(uid, "uid"));
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty transfer syntax UID");
        }
        return trimmed;
    }

    static String trim(String uid) {
        int end = uid.length();
        while (end > 0 && (uid.charAt(end - 1) == 0 || uid.charAt(end - 1) == ' ')) {
            end--;
        }
        return uid.substring(0, end).trim();
    }

    /** Collects decoders; a later registration for the same UID replaces an earlier one. */
    public static final class Builder {
        private final Map<String, FrameDecoder> decoders = new LinkedHashMap<>();

        private Builder() {}

        /** Registers one decoder for each of the given transfer syntax UIDs. */
        public Builder decoder(FrameDecoder decoder, String... transferSyntaxUids) {
            Objects.requireNonNull(decoder, "decoder");
            for (String uid : transferSyntaxUids) {
                decoders.put(checkedUid(uid), decoder);
            }
            return this;
        }

        public FrameDecoders build() {
            return new FrameDecoders(decoders);
        }
    }
}
