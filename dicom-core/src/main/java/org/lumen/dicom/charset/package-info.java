/**
 * Character repertoires of Specific Character Set (0008,0005): single-byte ISO 8859 sets, UTF-8,
 * GB18030 and GBK, and ISO 2022 with code extensions. Entry type:
 * {@link org.lumen.dicom.charset.SpecificCharacterSet}. Immutable and thread-safe.
 */
package org.lumen.dicom.charset;
