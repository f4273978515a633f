/**
 * Build-time tool that turns the application layout ({@code packaging/target/app/lib}) into a
 * self-contained application image and the host platform's installer with the JDK's own tools:
 * {@code jdeps} finds the Java modules the jars use, {@code jlink} makes a runtime of just those,
 * {@code jpackage} makes the app-image and from it the .deb, .msi or .dmg.
 *
 * <p>The entry type is {@link org.lumen.packaging.dist.DistBuilder} (a {@code main} that the
 * packaging build runs with the arguments of {@link org.lumen.packaging.dist.DistRequest}).
 * {@link org.lumen.packaging.dist.AppJars} keeps only the host platform's native jars,
 * {@link org.lumen.packaging.dist.InstallerType} holds each installer's jpackage options and
 * {@link org.lumen.packaging.dist.LaunchOptions} the JVM options every launcher gets.
 * Nothing here ships with the application.
 *
 * <p>Threading: single-threaded; the JDK tools run in-process through {@link java.util.spi.ToolProvider}.
 */
package org.lumen.packaging.dist;
