/**
 * The DICOMweb retrieval benchmark run by {@code bench/dicomweb.sh}: {@link org.lumen.bench.web.WebBench}
 * generates a CT series ({@link org.lumen.bench.web.CtSeriesWriter}), stores it to the Orthanc the
 * script started, and times our {@code DicomWebClient} retrieving it whole (one multipart request) or
 * frame by frame (one request per frame, one or N in flight), printing one JSON line per scenario
 * with throughput and peak memory ({@link org.lumen.bench.web.MemoryWatch}). The script measures curl
 * and the npm {@code dicomweb-client} doing the same requests in the same run.
 *
 * <p>Threading: the driver is single-threaded except for the per-frame scenario with N in flight,
 * which runs on a fixed pool of N platform threads it creates and shuts down, and the memory sampler,
 * one daemon thread.
 */
package org.lumen.bench.web;
