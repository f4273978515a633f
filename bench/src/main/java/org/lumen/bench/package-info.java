/**
 * JMH benchmarks of dicom-core: header parsing and frame decoding per codec. They are run by the
 * scripts in {@code bench/}, which measure the peers (dcmtk, GDCM) on the same files in the same run
 * and report ratios. Not part of the product.
 */
package org.lumen.bench;
