/**
 * Tests of the reference decoder wrappers: they run the real dcmtk, GDCM and pydicom tools on
 * Debian's pydicom test files and check lossless round trips byte for byte. Single-threaded.
 */
package org.lumen.testkit.reference;
