/**
 * Test support shared by every Lumen module: the uniform test tiers.
 *
 * <p>Lumen's tests are split into tiers by JUnit tag. Untagged tests are fast unit tests;
 * {@link org.lumen.testkit.IntegrationTest} ("integration") tests talk to a real Orthanc started by
 * {@link org.lumen.testkit.orthanc.OrthancExtension}; {@link org.lumen.testkit.GpuTest} ("gpu")
 * tests need an OpenGL context; {@link org.lumen.testkit.UiTest} ("ui") tests drive JavaFX. The
 * sub-packages hold the Orthanc extension ({@code orthanc}), wrappers around independent reference
 * decoders ({@code reference}), locators for reference data ({@code data}) and a throw-away PKI
 * for TLS tests ({@code tls}).
 *
 * <p>The annotations here are plain meta-annotations and carry no state; they are safe to use from
 * any thread.
 */
package org.lumen.testkit;
