/**
 * DICOMweb servers of the reading workstation: their settings ({@link org.lumen.viewer.servers.ServerSettings}),
 * persisted as a readable JSON file in the user's configuration folder without any secret
 * ({@link org.lumen.viewer.servers.ServerSettingsFile}); secrets behind
 * {@link org.lumen.viewer.servers.CredentialStore}; clients built from settings
 * ({@link org.lumen.viewer.servers.ServerClients}); the connection test
 * ({@link org.lumen.viewer.servers.ConnectionTest}); {@code lumen://} links
 * ({@link org.lumen.viewer.servers.StudyLink}); and the settings dialog
 * ({@link org.lumen.viewer.servers.ServerSettingsDialog}) over its display-free view model
 * ({@link org.lumen.viewer.servers.ServerInput}). {@link org.lumen.viewer.servers.ServerRegistry} is
 * the list of configured servers the rest of the workstation shares; secrets reach secure-store's
 * {@code SecretVault} through {@link org.lumen.viewer.servers.CredentialStores}. Interactive OpenID
 * Connect sign-in ("Sign in with browser") lives in {@link org.lumen.viewer.servers.SignIns} (one live
 * token provider per server, its refresh tokens kept in the credential store, restored silently at
 * start and checked by {@link org.lumen.viewer.servers.SignInCheck}) and the form's
 * {@link org.lumen.viewer.servers.SignInPane}.
 *
 * <p>Threading: the dialog runs on the JavaFX application thread; everything that touches the
 * network or a credential store blocks and runs on a background thread (the dialog uses its own
 * executor and hands results back with {@code Platform.runLater}); a browser sign-in runs on its own
 * daemon thread, which Cancel interrupts. Value types are immutable.
 */
package org.lumen.viewer.servers;
