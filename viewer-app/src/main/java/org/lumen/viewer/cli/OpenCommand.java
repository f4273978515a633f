package org.lumen.viewer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.StudyLink;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lumen open <path>...}: starts the workstation on local files, folders or a DICOMDIR;
 * {@code lumen open --server <name> --study <uid> [--series <uid>]} or
 * {@code lumen open lumen://open?server=<name>&study=<uid>[&series=<uid>]} opens a study of a
 * configured server (the desktop registers the {@code lumen://} scheme to call {@code lumen open %u}).
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Start the workstation and open DICOM files, folders (searched recursively) or a DICOMDIR,",
                "or a study of a configured server: --server <name> --study <uid> [--series <uid>], or a",
                "lumen://open?server=<name>&study=<uid>[&series=<uid>] link."})
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<path|link>", arity = "0..*", description = "files or folders to open, or one lumen:// link")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--server", paramLabel = "<name>", description = "name of a configured server (Servers \u25B8 Settings)")
    Optional<String> server = Optional.empty();

    @Option(names = "--study", paramLabel = "<uid>", description = "Study Instance UID on --server")
    Optional<String> study = Optional.empty();

    @Option(names = "--series", paramLabel = "<uid>", description = "Series Instance UID to show first")
    Optional<String> series = Optional.empty();

    /** Where the server settings are read; the user's folder unless a test sets another. */
    ConfigFolder config = ConfigFolder.forUser();

    @Override
    public Integer call() {
        WorkstationLauncher.launch(launchArguments().toArray(String[]::new));
        return LumenCommand.KEEP_RUNNING;
    }

    /** What the workstation is started with: absolute paths, or one {@code lumen://} link; problems are {@link CommandFailure}s. */
    List<String> launchArguments() {
        List<String> links = arguments.stream().filter(a -> a.regionMatches(true, 0, "lumen:", 0, 6)).toList();
        if (!links.isEmpty() || server.isPresent() || study.isPresent() || series.isPresent()) {
            StudyLink link = link(links);
            checkConfigured(link.server());
            return List.of(link.toLink());
        }
        if (arguments.isEmpty()) {
            throw new CommandFailure(LumenCommand.USAGE, "open needs files or folders, --server and --study, or a lumen:// link");
        }
        List<String> paths = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new CommandFailure(LumenCommand.BAD_INPUT, "no such file or folder: " + path);
            }
            paths.add(path.toAbsolutePath().toString());
        }
        return paths;
    }

    private StudyLink link(List<String> links) {
        try {
            if (!links.isEmpty()) {
                if (arguments.size() != 1 || server.isPresent() || study.isPresent() || series.isPresent()) {
                    throw new CommandFailure(LumenCommand.USAGE,
                            "give one lumen:// link alone, without paths, --server, --study or --series");
                }
                return StudyLink.parse(links.get(0));
            }
            if (!arguments.isEmpty()) {
                throw new CommandFailure(LumenCommand.USAGE, "give either paths or --server and --study, not both");
            }
            if (server.isEmpty() || study.isEmpty()) {
                throw new CommandFailure(LumenCommand.USAGE, "--server and --study go together (--series is optional)");
            }
            return new StudyLink(server.get(), study.get(), series.orElse(""));
        } catch (StudyLink.BadLinkException e) {
            throw new CommandFailure(LumenCommand.USAGE, "bad link: " + e.getMessage());
        }
    }

    private void checkConfigured(String name) {
        List<ServerSettings> servers;
        try {
            servers = new ServerSettingsFile(config).load();
        } catch (IOException e) {
            throw new CommandFailure(LumenCommand.FAILURE, "cannot read the server settings: " + e.getMessage());
        }
        if (servers.stream().noneMatch(s -> s.name().equalsIgnoreCase(name.strip()))) {
            throw new CommandFailure(LumenCommand.BAD_INPUT, "no server named \"" + name + "\" is configured"
                    + (servers.isEmpty() ? " (none is; add one in Servers \u25B8 Settings)"
                            : " (configured: " + String.join(", ", servers.stream().map(ServerSettings::name).toList()) + ")"));
        }
    }
}
