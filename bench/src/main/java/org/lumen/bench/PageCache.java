package org.lumen.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Drops files from the operating system's page cache, so that the next read of them comes from the
 * disk: each file is flushed ({@code fsync}, since only clean pages can be dropped) and then handed
 * to Linux's {@code posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED)} through the foreign function API.
 * No privileges are needed for files the process may open; the whole machine's cache is left alone.
 * Linux only (the advice number is Linux's); needs {@code --enable-native-access=ALL-UNNAMED}.
 */
final class PageCache {
    private static final int O_RDONLY = 0;
    private static final int POSIX_FADV_DONTNEED = 4;
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle OPEN = function("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle FADVISE = function("posix_fadvise", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = function("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private PageCache() {}

    private static MethodHandle function(String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new IllegalStateException("the C library has no " + name));
        return LINKER.downcallHandle(symbol, descriptor);
    }

    /** Writes every regular file under {@code root} to the disk and drops it from the page cache. */
    static void drop(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.force(true);
            }
            dropFile(file);
        }
    }

    private static void dropFile(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) OPEN.invokeExact(arena.allocateFrom(file.toString()), O_RDONLY);
            if (fd < 0) {
                throw new IOException("cannot open " + file + " to drop it from the page cache");
            }
            int advised = (int) FADVISE.invokeExact(fd, 0L, 0L, POSIX_FADV_DONTNEED);
            int closed = (int) CLOSE.invokeExact(fd);
            if (advised != 0 || closed != 0) {
                throw new IOException("posix_fadvise(DONTNEED) failed with " + advised + " on " + file);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
