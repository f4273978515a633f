/**
 * Tests of the data dictionary: known entries, repeating groups, group lengths, private creators
 * and the table's completeness and uniqueness. Single-threaded JUnit tests.
 */
package org.lumen.dicom.dict;
