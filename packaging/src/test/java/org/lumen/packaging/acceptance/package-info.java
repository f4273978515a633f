/**
 * The acceptance test of the built packages ({@link org.lumen.packaging.acceptance.PackagedAppIT}):
 * it runs in Maven's {@code integration-test} phase, after the {@code dist} profile built the
 * app-image and the .deb, and checks them the way a user meets them: the package's metadata and
 * desktop integration files, the trimmed runtime, the packaged command line, and the packaged
 * workstation reaching its main window on the test's display.
 * {@link org.lumen.packaging.acceptance.DevLauncherIT} runs the development launcher {@code ./lumen} on
 * the jars the same build copied: JavaFX as named modules, and its class archive written and mapped.
 *
 * <p>{@link org.lumen.packaging.acceptance.Commands} runs external tools with a deadline. Tests in
 * one class share one extracted package; JUnit runs them on one thread.
 */
package org.lumen.packaging.acceptance;
