package org.lumen.store.cache;

/**
 * An entry file failed its checks (format, authentication, binding to its key): it is dropped and
 * served as a miss. The message names the byte offset and the problem.
 */
final class EntryRejectedException extends Exception {
    EntryRejectedException(long offset, String problem) {
        super("at byte " + offset + ": " + problem);
    }
}
