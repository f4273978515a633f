/**
 * Durable file replacement shared by every file the store writes: write to a temporary file in
 * the same directory, force it to disk, rename it over the target atomically, force the directory.
 * A reader therefore sees the old file or the new one, never a part of the new one, even when the
 * process is killed mid-write.
 *
 * <p>Entry type: {@link org.lumen.store.io.AtomicReplace}. Threading: stateless; concurrent
 * replacements of the same target are the caller's to serialise (the last rename wins).
 */
package org.lumen.store.io;
