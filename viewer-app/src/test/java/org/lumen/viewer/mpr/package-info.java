/** Tests of the MPR model (plain unit tests), its rendering through the CPU reference, and the MPR layout (UI tier). */
package org.lumen.viewer.mpr;
