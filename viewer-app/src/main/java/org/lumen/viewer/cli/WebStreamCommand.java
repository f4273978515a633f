package org.lumen.viewer.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.lumen.viewer.stream.RetrievalScheduler;
import org.lumen.viewer.stream.StreamReport;
import org.lumen.viewer.stream.StreamRun;
import org.lumen.viewer.stream.StreamTrace;
import org.lumen.viewer.stream.SyntaxPolicy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lumen web stream}: streams one series as the viewer opens it and prints the timings as JSON. */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = "Stream a series as the viewer does (slice on screen first) and print the timings as JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every slice arrived", "2:usage error", "3:I/O failure, or slices that could not be fetched or decoded"})
final class WebStreamCommand implements Callable<Integer> {
    @Mixin
    WebOptions server;

    @Option(names = "--study", required = true, paramLabel = "<uid>")
    String study;

    @Option(names = "--series", required = true, paramLabel = "<uid>")
    String series;

    @Option(names = "--focus", defaultValue = "-1", paramLabel = "<slice>", description = "slice shown first (default: the middle)")
    int focus;

    @Option(names = "--syntax", defaultValue = "auto", paramLabel = "auto|stored|jpeg-ls|jpeg-lossless",
            description = "auto: lossless compressed on a slow link, the syntax that measures fastest; stored: as stored; "
                    + "jpeg-ls, jpeg-lossless: always JPEG-LS lossless, JPEG lossless SV1 (else as stored)")
    String syntax;

    @Option(names = "--first", defaultValue = "instance", paramLabel = "instance|metadata",
            description = "instance: the slice on the screen before the series' metadata (the viewer's way); metadata: the metadata first")
    String firstRequest;

    @Option(names = "--workers", defaultValue = "8", paramLabel = "<n>", description = "requests in flight")
    int workers;

    @Option(names = "--decode-threads", paramLabel = "<n>", description = "threads decoding frames (default: the cores less one)")
    Integer decodeThreads;

    @Option(names = "--warm-up", defaultValue = "0", paramLabel = "<n>",
            description = "untimed opens first (as in a viewer that is already running)")
    int warmUps;

    @Option(names = "--timeout", defaultValue = "600", paramLabel = "<seconds>")
    int timeout;

    @Option(names = "--trace", paramLabel = "<file>",
            description = "write the timed opening's time line (requests, frames, decoding) as JSON lines")
    java.nio.file.Path trace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SyntaxPolicy policy = switch (syntax) {
            case "auto" -> SyntaxPolicy.DEFAULT;
            case "stored" -> SyntaxPolicy.STORED;
            case "jpeg-ls" -> SyntaxPolicy.always(SyntaxPolicy.JPEG_LS_WAY);
            case "jpeg-lossless" -> SyntaxPolicy.always(SyntaxPolicy.JPEG_LOSSLESS_WAY);
            default -> throw new CommandFailure(LumenCommand.USAGE, "--syntax must be auto, stored, jpeg-ls or jpeg-lossless");
        };
        StreamRun.First first = switch (firstRequest) {
            case "instance" -> StreamRun.First.INSTANCE;
            case "metadata" -> StreamRun.First.METADATA;
            default -> throw new CommandFailure(LumenCommand.USAGE, "--first must be instance or metadata");
        };
        RetrievalScheduler.Settings d = RetrievalScheduler.Settings.DEFAULT;
        RetrievalScheduler.Settings settings = new RetrievalScheduler.Settings(workers, d.maxFramesPerRequest(), d.ahead(), d.behind(),
                decodeThreads == null ? d.decodeThreads() : decodeThreads);
        SyntaxPolicy measured = policy.withDecodeThreads(settings.decodeThreads());
        StreamReport report = server.call(c -> {
            var client = c.withServer(c.server().withMaxConcurrentRequests(Math.max(6, workers)));
            for (int w = 0; w < warmUps; w++) {
                StreamRun.open(client, study, series, focus, measured, settings, Duration.ofSeconds(timeout), first);
            }
            StreamTrace timeLine = trace == null ? StreamTrace.OFF : StreamTrace.start();
            StreamReport r = StreamRun.open(client, study, series, focus, measured, settings, Duration.ofSeconds(timeout), first, timeLine);
            if (trace != null) {
                timeLine.write(trace);
            }
            return r;
        });
        spec.commandLine().getOut().println(report.toJson());
        spec.commandLine().getOut().flush();
        return report.failedSlices() == 0 ? LumenCommand.OK : LumenCommand.FAILURE;
    }
}
