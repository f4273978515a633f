/**
 * Tests of the generated test PKI: the server certificate names 127.0.0.1 and chains to the CA,
 * the client and stranger certificates come from the CAs they should, every file is readable.
 */
package org.lumen.testkit.tls;
