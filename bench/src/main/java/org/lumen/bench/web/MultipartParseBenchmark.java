package org.lumen.bench.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import okio.Okio;
import org.lumen.dicomweb.internal.MultipartReader;
import org.lumen.dicomweb.internal.Part;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The client's multipart parsing alone, in memory: one 512 x 512 16-bit frame answer (random pixels,
 * Orthanc's 72-character boundary) read through {@link MultipartReader} in 8 KiB segments as from a
 * socket, per operation, with and without a Content-Length on the part (Orthanc sends one; servers
 * that do not make the reader search for the delimiter). Run it with
 * {@code java -cp ... org.openjdk.jmh.Main MultipartParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultipartParseBenchmark {
    private static final String BOUNDARY = "96f9206d-1c59-444a-a668-1281c8185afe-0b3ea8a0-4044-4bbe-9e05-46abd7164";
    private static final int FRAME = 512 * 512 * 2;

    @Param({"true", "false"})
    public boolean partContentLength;

    private byte[] body;

    @Setup
    public void build() {
        byte[] frame = new byte[FRAME];
        new Random(1).nextBytes(frame);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Type: application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\r\n"
                + (partContentLength ? "Content-Length: " + FRAME + "\r\n" : "") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(frame);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body = out.toByteArray();
    }

    @Benchmark
    public void readOneFrameAnswer(Blackhole sink) throws IOException {
        try (MultipartReader reader = new MultipartReader(Okio.buffer(Okio.source(new ByteArrayInputStream(body))), BOUNDARY)) {
            for (Optional<Part> p = reader.nextPart(); p.isPresent(); p = reader.nextPart()) {
                sink.consume(p.get().readBody(1 << 28, FRAME));
            }
        }
    }
}
