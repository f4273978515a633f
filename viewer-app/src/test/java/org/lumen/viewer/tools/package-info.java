/** Unit tests of the key table: every action has a key and no key is bound twice. */
package org.lumen.viewer.tools;
