/**
 * Progressive retrieval of an open study from a DICOMweb server. One {@link org.lumen.viewer.stream.RetrievalScheduler}
 * per open study fetches frames in priority order (the slice on the screen, its neighbours in the scroll direction,
 * then a bisection order that makes MPR usable early; the next series and priors at lower priority), re-ordered on
 * every {@code focus(...)} call and cancelled on {@code close()}. Raw frames go to {@link org.lumen.viewer.stream.FrameSink}s
 * (the cache plugs in there); decoded slices go to a {@link org.lumen.viewer.stream.SliceListener}.
 *
 * <p>Threads: fetch workers (a fixed number, named {@code stream-fetch-N}) do the I/O; a decode pool
 * ({@code stream-decode-N}) decodes; neither is the FX thread. No lock is held during I/O. Listeners are called on
 * the decode threads and must hand over to the FX thread themselves. See ADR 0011.
 *
 * <p>In the workstation (ADR 0015) the strip's {@code StudyRetrieval} holds one {@link org.lumen.viewer.stream.StreamedStudy}
 * per study, with the encrypted cache as its sink, and hands a {@link org.lumen.viewer.stream.SeriesStream} to the
 * viewport; {@link org.lumen.viewer.stream.FirstSlice} fetches the slice on the screen before the series' metadata.
 */
package org.lumen.viewer.stream;
