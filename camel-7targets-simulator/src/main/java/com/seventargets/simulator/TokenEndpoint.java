package com.seventargets.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /oauth2/token}, the AWS Cognito client-credentials grant: credentials by HTTP Basic
 * or as {@code client_id}/{@code client_secret} form fields; errors are 400 {@code {"error": "..."}}.
 */
final class TokenEndpoint {

    static final String PATH = "/oauth2/token";
    private static final String GRANT = "client_credentials";

    private final SimulatorSettings settings;
    private final RuntimeSettings runtime;
    private final TokenStore tokens;

    TokenEndpoint(SimulatorSettings settings, RuntimeSettings runtime, TokenStore tokens) {
        this.settings = settings;
        this.runtime = runtime;
        this.tokens = tokens;
    }

    SimResponse handle(SimRequest request) {
        String contentType = request.header("Content-Type");
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return error("invalid_request");
        }
        Map<String, List<String>> form = QueryStrings.parse(request.body());
        String grantType = QueryStrings.first(form, "grant_type");
        if (grantType == null || grantType.isEmpty()) {
            return error("invalid_request");
        }
        if (!clientAuthenticated(request, form)) {
            return error("invalid_client");
        }
        if (!GRANT.equals(grantType)) {
            return error("unsupported_grant_type");
        }
        String scopes = grantedScopes(QueryStrings.first(form, "scope"));
        if (scopes == null) {
            return error("invalid_scope");
        }
        Duration lifetime = runtime.tokenLifetime();
        ObjectNode body = Json.object()
                .put("access_token", tokens.issue(settings.clientId(), scopes, lifetime))
                .put("expires_in", Math.max(1, lifetime.toSeconds()))
                .put("token_type", "Bearer");
        return SimResponse.json(200, body).withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }

    private boolean clientAuthenticated(SimRequest request, Map<String, List<String>> form) {
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return false;
            }
            int colon = decoded.indexOf(':');
            return colon > 0 && matches(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        return matches(QueryStrings.first(form, "client_id"), QueryStrings.first(form, "client_secret"));
    }

    private boolean matches(String clientId, String clientSecret) {
        return settings.clientId().equals(clientId) && settings.clientSecret().equals(clientSecret);
    }

    /** The space-separated scopes to grant, or null if one asked for is not allowed; none asked = all allowed. */
    private String grantedScopes(String requested) {
        if (requested == null || requested.isBlank()) {
            return String.join(" ", settings.allowedScopes());
        }
        Set<String> granted = new LinkedHashSet<>(List.of(requested.trim().split("\\s+")));
        return settings.allowedScopes().containsAll(granted) ? String.join(" ", granted) : null;
    }

    private static SimResponse error(String code) {
        return SimResponse.json(400, Json.object().put("error", code));
    }
}
