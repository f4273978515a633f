/**
 * Tests of the LUT building blocks against exact numbers from the formulas of PS3.3 C.11 and C.7.9,
 * and of the renderer's byte-table fast path against the formulas for every 16-bit stored value.
 * Pure functions: no files, no tools, no shared state.
 */
package org.lumen.dicom.lut;
