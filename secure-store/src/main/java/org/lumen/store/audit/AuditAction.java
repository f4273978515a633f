package org.lumen.store.audit;

/** What was done with a study. */
public enum AuditAction {
    /** Searched a server (the study appeared in results). */
    QUERY,
    /** Retrieved instances, frames or metadata from a server. */
    RETRIEVE,
    /** Displayed the study. */
    VIEW,
    /** Read the study from the local cache while offline. */
    VIEW_OFFLINE,
    /** Exported or saved the study outside the store. */
    EXPORT,
    /** Sent instances to a server (STOW). */
    STORE,
    /** Removed the study from the local cache. */
    DELETE_FROM_CACHE
}
