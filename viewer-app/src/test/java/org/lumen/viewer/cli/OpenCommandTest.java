package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.TlsSettings;
import picocli.CommandLine;

/** {@code lumen open} with a server study: links and options are checked before the workstation starts. */
class OpenCommandTest {
    @TempDir
    Path config;

    private final StringWriter err = new StringWriter();

    private OpenCommand parsed(String... args) throws Exception {
        URI root = URI.create("http://pacs.example.org/dicom-web");
        new ServerSettingsFile(new ConfigFolder(config)).save(List.of(new ServerSettings("n1", "North Hospital", root, root,
                root, new AuthSettings.None(), TlsSettings.none(), QueryEncoding.STRICT)));
        OpenCommand command = new OpenCommand();
        command.config = new ConfigFolder(config);
        new CommandLine(command).parseArgs(args);
        return command;
    }

    /** Runs the checks the way {@link LumenCommand} would report them; returns the exit code. */
    private int failureCode(String... args) throws Exception {
        OpenCommand command = parsed(args);
        CommandLine line = new CommandLine(command);
        line.setErr(new PrintWriter(err, true));
        try {
            command.launchArguments();
            return LumenCommand.OK;
        } catch (CommandFailure f) {
            return new CliErrors().handleExecutionException(f, line, null);
        }
    }

    @Test
    void linkAndOptionsBecomeTheSameLink() throws Exception {
        assertThat(parsed("lumen://open?server=North%20Hospital&study=1.2.3&series=1.2.3.4").launchArguments())
                .containsExactly("lumen://open?server=North%20Hospital&study=1.2.3&series=1.2.3.4");
        assertThat(parsed("--server", "north hospital", "--study", "1.2.3").launchArguments())
                .containsExactly("lumen://open?server=north%20hospital&study=1.2.3");
    }

    @Test
    void badLinksAreUsageErrorsNamingTheProblem() throws Exception {
        assertThat(failureCode("lumen://open?server=North%20Hospital&study=1.2.x")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).isEqualTo("lumen: bad link: the study UID \"1.2.x\" is not a DICOM UID (digits and dots, at most 64)"
                + System.lineSeparator());
        assertThat(failureCode("lumen://view?server=a&study=1.2")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("the only action is lumen://open");
        assertThat(failureCode("lumen://open?study=1.2")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("the link names no server");
    }

    @Test
    void optionsMustComeTogetherAndAlone() throws Exception {
        assertThat(failureCode("--server", "North Hospital")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("--server and --study go together");
        assertThat(failureCode("lumen://open?server=a&study=1.2", "--series", "1.3")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("give one lumen:// link alone");
        assertThat(failureCode()).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("open needs files or folders");
    }

    @Test
    void unknownServerIsBadInputListingTheConfiguredOnes() throws Exception {
        assertThat(failureCode("--server", "South", "--study", "1.2")).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(err.toString()).contains("no server named \"South\" is configured (configured: North Hospital)");
    }

    @Test
    void missingPathIsBadInput() throws Exception {
        assertThat(failureCode(config.resolve("absent").toString())).isEqualTo(LumenCommand.BAD_INPUT);
        assertThat(err.toString()).contains("no such file or folder");
    }
}
