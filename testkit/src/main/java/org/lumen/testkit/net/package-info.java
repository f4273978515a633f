/**
 * Network conditions for tests: {@link org.lumen.testkit.net.ThrottledLink}, an in-process TCP proxy that limits
 * the rate, adds a round-trip delay, and can hold chosen HTTP requests back until the test lets them through.
 */
package org.lumen.testkit.net;
