package org.lumen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.io.ReadOptions;
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
 * Parses the header (everything but bulk data, which stays on disk) of every file listed in a text
 * file, one path a line, per operation. bench/decode.sh runs dcmtk's dcmdump and GDCM's gdcmdump over
 * the same files in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeaderBenchmark {
    /** A text file listing the DICOM files to parse. */
    @Param({""})
    public String list;

    private List<Path> files;

    @Setup
    public void load() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of(list))) {
            files = lines.filter(l -> !l.isBlank()).map(Path::of).toList();
        }
    }

    @Benchmark
    public void parseHeaders(Blackhole sink) throws IOException {
        for (Path file : files) {
            sink.consume(Part10Reader.read(file, ReadOptions.DEFAULT).dataSet());
        }
    }
}
