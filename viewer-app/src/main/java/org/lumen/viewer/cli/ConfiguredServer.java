package org.lumen.viewer.cli;

import java.io.Console;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.lumen.dicomweb.DicomWebClient;
import org.lumen.store.secrets.PassphraseRequest;
import org.lumen.store.secrets.PassphraseSource;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.CredentialStores;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;

/**
 * {@code lumen web ... --server <name>}: a server configured in the workstation (Servers ▸
 * Settings), with its URLs, TLS settings and the secrets kept in the credential store, including
 * the refresh token of a browser sign-in (renewed silently; a rotated one is stored again, so the
 * workstation stays signed in). The secrets file's passphrase comes from
 * {@value #PASSPHRASE_VARIABLE}, else the terminal. Blocking.
 */
final class ConfiguredServer {
    static final String PASSPHRASE_VARIABLE = "LUMEN_SECRETS_PASSPHRASE";

    private ConfiguredServer() {}

    /** The settings of the server named {@code name}; a usage error names the configured ones when there is none. */
    static ServerSettings settings(String name) {
        try {
            ServerRegistry registry = new ServerRegistry(new ServerSettingsFile(ConfigFolder.forUser()), unusedClients());
            return registry.byName(name).orElseThrow(() -> new CommandFailure(LumenCommand.USAGE, "no server named \""
                    + name + "\" is configured" + (registry.servers().isEmpty() ? " (none is: add one in Lumen's Servers \u25B8 Settings)"
                            : "; configured: " + registry.servers().stream().map(ServerSettings::name).collect(Collectors.joining(", ")))));
        } catch (IOException e) {
            throw new CommandFailure(LumenCommand.USAGE, "the server settings cannot be read: " + e.getMessage());
        }
    }

    /** A client for the server named {@code name}, with its stored secrets. */
    static DicomWebClient client(String name, CliEnvironment environment) throws IOException {
        ServerSettings server = settings(name);
        ConfigFolder config = ConfigFolder.forUser();
        ServerClients clients = new ServerClients(CredentialStores.forThisMachine(config, passphrases(environment)));
        return clients.client(server);
    }

    private static ServerClients unusedClients() {
        return new ServerClients(new org.lumen.viewer.servers.SessionCredentialStore(
                new org.lumen.viewer.servers.UnavailableCredentialStore("settings only")));
    }

    private static PassphraseSource passphrases(CliEnvironment environment) {
        return (PassphraseRequest request) -> {
            var given = environment.variable(PASSPHRASE_VARIABLE);
            if (given.isPresent()) {
                return given.get().toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new IOException("no passphrase for " + request.file() + ": set " + PASSPHRASE_VARIABLE + " or run in a terminal");
            }
            char[] first = console.readPassword("Passphrase of Lumen's secrets (%s): ", request.file());
            if (first == null) {
                throw new IOException("no passphrase given");
            }
            if (request.creating()) {
                char[] again = console.readPassword("Repeat it: ");
                boolean same = Arrays.equals(first, again);
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
                if (!same) {
                    throw new IOException("the passphrases differ");
                }
            }
            return first;
        };
    }
}
