package org.lumen.store.cache;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.lumen.store.crypto.StoreKeys;

/**
 * The writer that {@link CrashDuringWritesTest} kills: opens the cache and writes deterministic
 * entries ({@link #payload}) forever, appending the number of each entry whose put returned to a
 * log file, and announcing its progress on standard output so that the test can kill it mid-way.
 *
 * <p>Arguments: cache directory, master key (hex), run number, log file.
 */
public final class CacheWriterProcess {
    private CacheWriterProcess() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        StoreKeys keys = StoreKeys.fromMasterKey(HexFormat.of().parseHex(args[1]));
        int run = Integer.parseInt(args[2]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (EncryptedCache cache = EncryptedCache.builder(dir, keys).open();
                FileOutputStream log = new FileOutputStream(args[3], true)) {
            out.println("ready");
            for (int i = 0; ; i++) {
                EntryKey key = key(run, i);
                out.println("begin " + i);
                cache.put(key, payload(run, i));
                log.write((run + " " + i + "\n").getBytes(StandardCharsets.US_ASCII));
                out.println("done " + i);
                if (i % 4 == 3) {
                    cache.get(key(run, i / 2));
                    cache.flush();
                    out.println("flushed " + i);
                }
            }
        }
    }

    static EntryKey key(int run, int i) {
        return EntryKey.frame("crash", "1.2.3." + run, "1.2.3." + run + ".1", "1.2.3." + run + ".1." + i, 1);
    }

    /** The content written for entry {@code i} of run {@code run}: sizes from empty to 6 MB, both encodings (AEAD up to 4 MiB, streaming above). */
    static byte[] payload(int run, int i) {
        Random random = new Random(run * 1_000_003L + i);
        int size = switch (i % 4) {
            case 0 -> random.nextInt(200_000);
            case 3 -> (4 << 20) + random.nextInt(2_000_000);
            default -> random.nextInt(1_500_000);
        };
        byte[] content = new byte[size];
        random.nextBytes(content);
        return content;
    }
}
