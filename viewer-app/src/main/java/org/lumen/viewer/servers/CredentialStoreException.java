package org.lumen.viewer.servers;

/** A credential store could not keep, read or remove a secret; the message is meant for the user. */
public final class CredentialStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CredentialStoreException(String message) {
        super(message);
    }

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
