/**
 * Unit tests of the dist build's decisions: which jars a platform's package keeps, the runtime's
 * module list, the request and options files, and each installer's jpackage options. The real
 * jlink/jpackage run is covered by {@code PackagedAppIT}.
 */
package org.lumen.packaging.dist;
