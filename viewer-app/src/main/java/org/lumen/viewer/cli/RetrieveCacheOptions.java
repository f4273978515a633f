package org.lumen.viewer.cli;

import java.io.Console;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.crypto.WrongKeyException;
import org.lumen.store.secrets.PassphraseRequest;
import org.lumen.store.secrets.WrongPassphraseException;

import picocli.CommandLine.Option;

/**
 * {@code --cache <dir>} and {@code --offline} of {@code lumen web retrieve}: keep what is retrieved
 * in the encrypted cache, or serve a study from it without contacting the server. The master key
 * comes from the OS credential store when one answers, otherwise from {@code <dir>/keys.lumen}
 * under a passphrase ({@code LUMEN_CACHE_PASSPHRASE}, else asked on the terminal).
 */
final class RetrieveCacheOptions {
    @Option(names = "--cache", paramLabel = "<dir>",
            description = "keep retrieved instances in the encrypted cache in DIR (created if absent)")
    Optional<Path> cache = Optional.empty();

    @Option(names = "--offline", description = "write the study from the --cache without contacting the server")
    boolean offline;

    @Option(names = "--cache-passphrase", paramLabel = "<passphrase>", defaultValue = "${env:LUMEN_CACHE_PASSPHRASE}",
            description = "passphrase of the cache key file when there is no OS credential store "
                    + "(default: environment variable LUMEN_CACHE_PASSPHRASE, else asked on the terminal)")
    Optional<String> passphrase = Optional.empty();

    boolean offline() {
        if (offline && cache.isEmpty()) {
            throw new CommandFailure(LumenCommand.USAGE, "--offline needs --cache <dir>");
        }
        return offline;
    }

    /** The cache of this run, or a session that keeps nothing when {@code --cache} is absent. */
    CachedRetrieve open(URI server) {
        if (cache.isEmpty()) {
            return CachedRetrieve.none();
        }
        Path dir = cache.get();
        try {
            Files.createDirectories(dir);
            StoreKeys keys = StoreKeys.open(dir.resolve("keys.lumen"), this::ask);
            return CachedRetrieve.open(dir, keys, server.toString());
        } catch (WrongPassphraseException e) {
            throw new CommandFailure(LumenCommand.FAILURE, "wrong cache passphrase for " + e.file());
        } catch (WrongKeyException e) {
            throw new CommandFailure(LumenCommand.FAILURE, e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(LumenCommand.FAILURE, "cannot open the cache in " + dir + ": " + e.getMessage());
        }
    }

    private char[] ask(PassphraseRequest request) throws IOException {
        if (passphrase.isPresent()) {
            return passphrase.get().toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IOException("no passphrase for " + request.file() + ": set LUMEN_CACHE_PASSPHRASE or run in a terminal");
        }
        char[] first = console.readPassword("Cache passphrase for %s: ", request.file());
        if (request.creating()) {
            char[] again = console.readPassword("Repeat it: ");
            if (first == null || again == null || !java.util.Arrays.equals(first, again)) {
                throw new IOException("the passphrases differ");
            }
        }
        if (first == null || first.length == 0) {
            throw new IOException("no passphrase given");
        }
        return first;
    }
}
