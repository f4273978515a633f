/**
 * Locators for reference data that tests may read.
 *
 * <p>Entry types: {@link org.lumen.testkit.data.PydicomCorpus} (the DICOM files Debian ships with
 * python3-pydicom, as a stream for {@code @MethodSource}) and
 * {@link org.lumen.testkit.data.SharedData} (the optional {@code ../shared/data} folder, located by
 * the {@code lumen.shared.dir} system property). Both are stateless and thread-safe.
 */
package org.lumen.testkit.data;
