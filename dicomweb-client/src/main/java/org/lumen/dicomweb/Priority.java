package org.lumen.dicomweb;

/**
 * How urgent a request is. When a server's concurrency limit is reached, waiting requests get the
 * next free slot in this order (interactive first), and first come, first served within a level.
 */
public enum Priority {
    /** Someone is looking at the screen waiting for it: the image in the active viewport, a search. */
    INTERACTIVE,
    /** Work ahead of the user: the rest of a series, the next study on a worklist. */
    PREFETCH
}
