/**
 * The {@code ./lumen} command line (picocli): starting the workstation and the scriptable
 * subcommands. Entry type: {@link org.lumen.viewer.cli.LumenCommand}. Runs on the main thread;
 * subcommands write their results to stdout and one-line errors to stderr, and never start JavaFX.
 */
package org.lumen.viewer.cli;
