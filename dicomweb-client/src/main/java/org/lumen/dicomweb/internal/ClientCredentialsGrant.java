package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The client credentials grant (RFC 6749 section 4.4), with an optional scope. Stateless. */
public final class ClientCredentialsGrant implements InitialGrant {
    private final TokenEndpoint endpoint;
    private final String scope;

    /** @param scope space-separated scopes; empty for the server's default */
    public ClientCredentialsGrant(TokenEndpoint endpoint, String scope) {
        this.endpoint = endpoint;
        this.scope = scope;
    }

    @Override
    public TokenResponse obtain() throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        if (!scope.isEmpty()) {
            params.put("scope", scope);
        }
        return endpoint.grant("client_credentials", params);
    }

    @Override
    public boolean repeatable() {
        return true;
    }

    @Override
    public String name() {
        return "client_credentials";
    }
}
