/**
 * Unit tests of the patient-coordinate geometry: image planes, volume affines and orientation labels
 * for the standard and several oblique orientations. Plain JUnit, no shared state.
 */
package org.lumen.rendering.geometry;
