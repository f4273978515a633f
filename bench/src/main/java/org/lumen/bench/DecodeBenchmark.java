package org.lumen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.lumen.dicom.io.DicomFile;
import org.lumen.dicom.io.Part10Reader;
import org.lumen.dicom.pixel.FrameDecoders;
import org.lumen.dicom.pixel.PixelDataReader;
import org.lumen.dicom.pixel.StoredFrame;
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
 * Decodes every frame of one file (all its stored values, as {@code lumen dicom pixels} does) per
 * operation. bench/decode.sh divides the file's pixel count by the time per operation to report
 * megapixels per second, beside dcmtk and GDCM decoding the same file in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {
    /** The file to decode; bench/decode.sh passes one per codec. */
    @Param({""})
    public String file;

    private DicomFile dicom;

    @Setup
    public void read() throws IOException {
        dicom = Part10Reader.read(Path.of(file));
    }

    @Benchmark
    public void decodeAllFrames(Blackhole sink) throws IOException {
        PixelDataReader reader = PixelDataReader.open(dicom.dataSet(), dicom.transferSyntax().uid(), FrameDecoders.standard());
        for (int i = 0; i < reader.frameCount(); i++) {
            StoredFrame frame = reader.readFrame(i);
            sink.consume(frame.data());
        }
    }
}
