package com.seventargets.camel.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Gets access tokens from the OAuth2 token endpoint (AWS Cognito) with the client credentials grant, one request per
 * fetch. OAuth2 errors ({@code invalid_client}, ...) are final; any other failure is a {@link Failed} that the
 * call's retries decide about.
 */
final class TokenEndpoint implements TokenSource {

    /** Cognito always sends expires_in; should an endpoint not, assume Cognito's shortest lifetime. */
    static final Duration LIFETIME_WHEN_UNSAID = Duration.ofMinutes(5);
    /** Cognito's longest lifetime: a longer expires_in is not believed. */
    static final Duration LONGEST_LIFETIME = Duration.ofDays(1);

    private final HttpTransport transport;

    public TokenEndpoint(HttpTransport transport) {
        this.transport = transport;
    }

    @Override
    public AccessToken fetch(ClientCredentials credentials, long requestedAtNanos, CallDeadline deadline)
            throws IOException, SevenTargetsApiException {
        RawResponse response;
        try {
            response = transport.send(request(credentials), deadline);
        } catch (CallDeadline.Passed e) {
            throw deadline.passed("while " + credentials.tokenUrl() + " was asked for a token", false);
        } catch (IOException e) {
            throw new Failed(credentials.tokenUrl(), null, e);
        }
        JsonNode json = json(response);
        if (response.isSuccess()) {
            return toToken(credentials.tokenUrl(), response.status(), json, requestedAtNanos);
        }
        String error = text(json, "error");
        if (error != null && (response.status() == 400 || response.status() == 401)) {
            throw new SevenTargetsAuthenticationException(
                    credentials.tokenUrl(), response.status(), error, text(json, "error_description"));
        }
        throw new Failed(credentials.tokenUrl(), response, null);
    }

    private static HttpUriRequestBase request(ClientCredentials credentials) {
        HttpUriRequestBase post = new HttpUriRequestBase("POST", URI.create(credentials.tokenUrl()));
        String basic = credentials.clientId() + ":" + credentials.clientSecret();
        post.setHeader(new SecretHeader(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8))));
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        String form = "grant_type=client_credentials";
        if (credentials.scope() != null && !credentials.scope().isBlank()) {
            form += "&scope=" + URLEncoder.encode(credentials.scope(), StandardCharsets.UTF_8);
        }
        post.setEntity(new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED));
        return post;
    }

    private static AccessToken toToken(String tokenUrl, int status, JsonNode json, long requestedAtNanos) {
        String value = text(json, "access_token");
        String type = text(json, "token_type");
        if (value == null || value.isBlank() || (type != null && !type.equalsIgnoreCase("Bearer"))) {
            throw new SevenTargetsAuthenticationException(tokenUrl, status, "malformed_response",
                    "the answer has no Bearer access_token");
        }
        return AccessToken.issued(value, lifetimeOf(json.get("expires_in")), requestedAtNanos);
    }

    /**
     * The lifetime a token is used for: {@code expires_in} up to a day; missing, under a second or not a number, as
     * if unsaid (taken as 0, it would make a token per message; a 401 replaces a token that expired sooner).
     */
    static Duration lifetimeOf(JsonNode expiresIn) {
        double seconds = expiresIn == null ? 0 : expiresIn.asDouble(0); // numeric text too; NaN is not >= 1
        if (!(seconds >= 1)) {
            return LIFETIME_WHEN_UNSAID;
        }
        return Duration.ofSeconds((long) Math.min(seconds, LONGEST_LIFETIME.toSeconds()));
    }

    /** The body as a JSON object, or null when it is not one. */
    private static JsonNode json(RawResponse response) {
        try {
            JsonNode node = Json.MAPPER.readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /**
     * A token request that got no token and no refusal of the credentials: no answer ({@link #getCause()}), or an
     * answer that may be transient ({@link #answer()}). The call's one retry loop repeats it as a request that
     * changes nothing, and turns the last one into the component's exception.
     */
    static final class Failed extends IOException {

        private final String tokenUrl;
        private final transient RawResponse answer;

        Failed(String tokenUrl, RawResponse answer, IOException cause) {
            super("token: POST " + tokenUrl + (answer == null ? " failed" : " answered " + answer.status()), cause);
            this.tokenUrl = tokenUrl;
            this.answer = answer;
        }

        String description() {
            return "token: POST " + tokenUrl;
        }

        /** The answer, or null when none came. */
        RawResponse answer() {
            return answer;
        }

        /** Our exception for the answer, when it is final; {@code why} it is, when that is not plain. */
        SevenTargetsApiException answerFailure(int attempts, String why, boolean outcomeUnknown) {
            return answer.failure("token", "POST", tokenUrl, attempts, why, outcomeUnknown);
        }

        /** The I/O failure, when no answer came. */
        IOException ioFailure() {
            return (IOException) getCause();
        }
    }
}
