/**
 * Real test servers for the authentication tests: {@link org.lumen.testkit.oauth.TestAuthorizationServer},
 * a small OAuth 2.0 / OpenID authorization server (client credentials, authorization code with
 * PKCE S256, refresh tokens, discovery; random opaque tokens that a test can expire or revoke), and
 * {@link org.lumen.testkit.oauth.TokenCheckingProxy}, a reverse proxy that admits only the
 * tokens that server issued and forwards the rest to a real Orthanc.
 *
 * <p>Threading: both run on the JDK HTTP server's threads; their state is in concurrent maps and
 * atomics, so tests may expire and revoke tokens from their own thread at any time.
 */
package org.lumen.testkit.oauth;
