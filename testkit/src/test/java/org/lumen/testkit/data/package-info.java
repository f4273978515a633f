/**
 * Tests of the reference data locators against the installed pydicom corpus and synthetic
 * shared folders. Single-threaded.
 */
package org.lumen.testkit.data;
