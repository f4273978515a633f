/**
 * Independent reference decoders for conformance tests.
 *
 * <p>Entry type: {@link org.lumen.testkit.reference.ReferenceDecoders}, whose static methods run
 * dcmtk ({@code dcmdjpeg}, {@code dcmdjpls}, {@code dcmdrle}, {@code dcmconv}), GDCM
 * ({@code gdcmconv --raw}) or pydicom under {@code /usr/bin/python3} with a timeout and return a
 * typed {@link org.lumen.testkit.reference.ReferenceResult} or
 * {@link org.lumen.testkit.reference.RawPixels}. {@link org.lumen.testkit.reference.ToolCheck}
 * fails loudly, naming the apt package, when a tool is missing.
 *
 * <p>Threading: everything here is stateless; calls may run concurrently, each starts its own
 * process.
 */
package org.lumen.testkit.reference;
