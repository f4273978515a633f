/** Tests of thumbnails (decoding and shrinking) and of a study's retrieval from a real Orthanc. */
package org.lumen.viewer.strip;
