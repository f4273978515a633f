/** Architecture tests: the one ArchUnit test that holds the module rules of docs/decisions/0001. */
package org.lumen.viewer.architecture;
