/**
 * The study browser: search one or all configured servers (QIDO-RS, study level) by patient,
 * accession number, dates, modality and description; paged, sortable results; recent studies; a
 * patient's history across servers. Entry type: {@link org.lumen.viewer.browser.StudyBrowser} (the
 * view); the search itself is {@link org.lumen.viewer.browser.FederatedSearch}, with
 * {@link org.lumen.viewer.browser.StudyQuery} in and {@link org.lumen.viewer.browser.StudyRow} out.
 *
 * <p>Threading: the view runs on the JavaFX application thread. {@link org.lumen.viewer.browser.FederatedSearch}
 * runs one task per server on an injected executor, calls its listener on those threads (the view
 * hands results to the FX thread with {@code Platform.runLater}), and is cancelled through its
 * handle: the flag is checked between pages and the threads are interrupted.
 */
package org.lumen.viewer.browser;
