/**
 * Tests of the ordered parallel reads: order, bounded threads, typed first failure, interruption.
 * Multi-threaded by design; no files.
 */
package org.lumen.store.io;
