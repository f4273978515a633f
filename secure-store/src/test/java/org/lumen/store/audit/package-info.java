/**
 * Tests of the audit log: records read back after reopening, the chain verified, and every kind of
 * tampering (a flipped byte, a removed, swapped or cut record, a lost head) reported at the first
 * broken link; torn appends, a wrong key and the absence of plain text. Fixed clock, test thread.
 */
package org.lumen.store.audit;
