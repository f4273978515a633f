/**
 * Tests of the encrypted cache: restart, tampering (a flipped byte, swapped files, truncation),
 * a wrong key, the size cap with LRU order and pins, index loss, a plain-text scan of the whole
 * directory, and a crash test that kills a writer process ({@link org.lumen.store.cache.CacheWriterProcess})
 * at random moments. Time comes from {@link org.lumen.store.cache.SettableClock}; random choices
 * from fixed seeds.
 */
package org.lumen.store.cache;
