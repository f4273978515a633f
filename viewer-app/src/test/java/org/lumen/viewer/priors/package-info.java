/** Tests of the prior comparison model: timeline, scroll, offset and zoom links. */
package org.lumen.viewer.priors;
