/**
 * Tests of the DICOMweb benchmark's data generator (the benchmark itself is timed by
 * {@code bench/dicomweb.sh}, never by tests). Single-threaded.
 */
package org.lumen.bench.web;
