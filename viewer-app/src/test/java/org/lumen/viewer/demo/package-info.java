/** Tests of the built-in demo study: labels, geometry and the anatomy's Hounsfield units. */
package org.lumen.viewer.demo;
