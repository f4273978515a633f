/** Tests of the cache panel and the audit viewer over a real encrypted cache and audit log. */
package org.lumen.viewer.cache;
