/** Unit tests of the data model: data sets, values and decimal strings. */
package org.lumen.dicom;
