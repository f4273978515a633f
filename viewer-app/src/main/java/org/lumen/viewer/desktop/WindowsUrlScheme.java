package org.lumen.viewer.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the {@code lumen://} scheme for the current Windows user, so that an EHR or a worklist
 * link opens the study in Lumen. jpackage's .msi registers file associations but has no option for
 * URL schemes; a per-user registration under {@code HKCU\Software\Classes\lumen} needs no
 * administrator rights and is what Windows reads for {@code lumen:} links. The installed
 * application writes it at start (the launcher's path is jpackage's {@code jpackage.app-path}), so a
 * moved or upgraded installation repairs it. Nothing is written when not running from a package.
 *
 * <p>Built and unit-tested everywhere; the registry writes themselves run only on Windows and have
 * not been run in CI (no Windows machine there).
 */
public record WindowsUrlScheme(Path launcher) {
    static final String KEY = "HKCU\\Software\\Classes\\lumen";

    /** The scheme for this process when it is the packaged Windows application, else none. */
    public static java.util.Optional<WindowsUrlScheme> forThisProcess() {
        String os = System.getProperty("os.name", "");
        String appPath = System.getProperty("jpackage.app-path");
        if (!os.startsWith("Windows") || appPath == null || appPath.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new WindowsUrlScheme(Path.of(appPath)));
    }

    /** The command Windows runs for a link: the launcher with {@code open} and the link. */
    public String openCommand() {
        return "\"" + launcher + "\" open \"%1\"";
    }

    /** The {@code reg.exe} invocations that write the registration (each overwrites its value). */
    public List<List<String>> registryCommands() {
        return List.of(
                List.of("reg", "add", KEY, "/ve", "/d", "URL:Lumen study link", "/f"),
                List.of("reg", "add", KEY, "/v", "URL Protocol", "/d", "", "/f"),
                List.of("reg", "add", KEY + "\\DefaultIcon", "/ve", "/d", "\"" + launcher + "\",0", "/f"),
                List.of("reg", "add", KEY + "\\shell\\open\\command", "/ve", "/d", openCommand(), "/f"));
    }

    /** Writes the registration; a failure is logged, never fatal (links then do not open Lumen). */
    public void register() {
        // the logger only here: LumenApp asks forThisProcess() on the FX thread at every start, and a
        // static logger configured Logback there (about 5 % of the window's start-up on Linux)
        Logger log = LoggerFactory.getLogger(WindowsUrlScheme.class);
        for (List<String> command : registryCommands()) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    log.warn("registering the lumen:// scheme failed at {} (reg.exe exit {})", command.get(2),
                            process.isAlive() ? "timeout" : process.exitValue());
                    process.destroy();
                    return;
                }
            } catch (IOException e) {
                log.warn("registering the lumen:// scheme failed: {}", e.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("lumen:// links open {}", launcher);
    }
}
