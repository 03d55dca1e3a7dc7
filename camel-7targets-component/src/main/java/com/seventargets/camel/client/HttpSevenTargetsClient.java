package com.seventargets.camel.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import com.seventargets.camel.auth.AccessToken;
import com.seventargets.camel.auth.AccessTokens;
import com.seventargets.camel.auth.ClientCredentials;
import com.seventargets.camel.auth.TokenEndpoint;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.net.URIBuilder;

/**
 * The 7Targets API over Apache HttpClient 5, in the calling thread. Every call carries the Bearer token and the user
 * identifier and nothing else of the caller's; a 401 drops the token and the call is sent once more with a new one,
 * and a second 401 is remembered for a cool-down (the user identifier is wrong: no token would help); transient
 * failures are retried as the {@link RetryPolicy} says.
 */
public final class HttpSevenTargetsClient implements SevenTargetsClient {

    static final String USER_IDENTIFIER_HEADER = "7ts-user-identifier";

    private static final ObjectWriter LEAD_WRITER = Json.MAPPER.writerFor(Lead.class);
    private static final ObjectReader ASSISTANT_READER = Json.MAPPER.readerFor(Assistant.class);
    private static final Header ACCEPT_JSON = new BasicHeader(HttpHeaders.ACCEPT, "application/json");

    private final HttpTransport transport;
    private final AccessTokens tokens;
    private final TokenEndpoint tokenEndpoint;
    private final ClientCredentials credentials;
    private final String baseUrl;
    private final Header userIdentifier;
    private final RetryingSender retrying;
    private final RateLimitGate rateLimit;
    private final long longestRetryWait;
    private final Call create;
    private final Call update;
    private final Call stopFollowup;
    /** 7Targets' last refusal of a fresh token, remembered for a cool-down; null when there is none. */
    private volatile Refusal userRefusal;

    /**
     * @param rateLimit the gate shared by every client of the same credentials and base URL
     */
    public HttpSevenTargetsClient(HttpTransport transport, AccessTokens tokens, ClientCredentials credentials,
                                  String baseUrl, String userIdentifier, RetryPolicy retryPolicy,
                                  RateLimitGate rateLimit) {
        this.transport = transport;
        this.rateLimit = rateLimit;
        this.longestRetryWait = retryPolicy.maxRetryDelay();
        this.tokens = tokens;
        this.retrying = new RetryingSender(retryPolicy, true);
        this.tokenEndpoint = new TokenEndpoint(transport, new RetryingSender(retryPolicy.forTokenRequests(), false));
        this.credentials = credentials;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.userIdentifier = new SecretHeader(USER_IDENTIFIER_HEADER, userIdentifier);
        this.create = new Call("create", "POST", URI.create(this.baseUrl + "/leads"));
        this.update = new Call("update", "PUT", URI.create(this.baseUrl + "/leads"));
        this.stopFollowup = new Call("stopFollowup", "PUT", URI.create(this.baseUrl + "/leads/stop/followup"));
    }

    @Override
    public void requireToken() throws IOException, SevenTargetsApiException {
        requireUserNotRefused();
        tokens.get(credentials, tokenEndpoint);
    }

    @Override
    public String preview(Lead lead) throws IOException, SevenTargetsApiException {
        requireToken();
        return LEAD_WRITER.writeValueAsString(lead);
    }

    @Override
    public ApiResponse<Lead> createLead(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead(create, lead);
    }

    @Override
    public ApiResponse<Lead> updateLead(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead(update, lead);
    }

    @Override
    public ApiResponse<Lead> stopFollowup(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead(stopFollowup, lead);
    }

    @Override
    public ApiResponse<AssistantPage> listAssistants(AssistantQuery query) throws IOException, SevenTargetsApiException {
        Call list = new Call("list", "GET", assistantsUri(query));
        RawResponse response = send(list, null);
        return new ApiResponse<>(response.status(), readAssistantPage(list, response));
    }

    private ApiResponse<Lead> sendLead(Call call, Lead lead) throws IOException, SevenTargetsApiException {
        RawResponse response = send(call, LEAD_WRITER.writeValueAsBytes(lead));
        return new ApiResponse<>(response.status(), readLead(call, response));
    }

    /** The successful answer, after retries; any other fails with our exception. */
    private RawResponse send(Call call, byte[] json) throws IOException, SevenTargetsApiException {
        RetryingSender.Outcome outcome = retrying.send(call.description, call.isIdempotent(),
                () -> sendAuthorized(call, json));
        RawResponse response = outcome.response();
        if (response.status() == HttpStatus.SC_UNAUTHORIZED) {
            SevenTargetsAuthenticationException refused = SevenTargetsAuthenticationException.userRefused(
                    call.description, response.status(), response.bodyText());
            if (call.changesState()) {
                // each message would otherwise drop the token and ask the token endpoint again; a listing may be
                // refused for its own reason (the token's scope), which must not stop the lead calls
                userRefusal = new Refusal(refused, System.nanoTime() + AccessTokens.REFUSAL_COOLDOWN.toNanos());
            }
            throw refused;
        }
        if (!response.isSuccess()) {
            throw call.failure(response, outcome.attempts(), null);
        }
        return response;
    }

    /**
     * On a 401 the token is dropped (unless another caller has already replaced it) and the call is sent once more
     * with a fresh one; a second refusal is not the token's fault (a wrong user identifier, say), and is final.
     */
    private RawResponse sendAuthorized(Call call, byte[] json) throws IOException, SevenTargetsApiException {
        requireUserNotRefused();
        AccessToken token = tokens.get(credentials, tokenEndpoint);
        RawResponse response = sendThroughGate(call.request(token, userIdentifier, json));
        if (response.status() != HttpStatus.SC_UNAUTHORIZED) {
            return response;
        }
        tokens.invalidate(credentials, token);
        return sendThroughGate(call.request(tokens.get(credentials, tokenEndpoint), userIdentifier, json));
    }

    /** Sends once the rate limit allows; a 429 with a wait the retries will make holds the other senders back too. */
    private RawResponse sendThroughGate(ClassicHttpRequest request) throws IOException {
        rateLimit.awaitTurn();
        RawResponse response = transport.send(request);
        if (response.status() == HttpStatus.SC_TOO_MANY_REQUESTS) {
            Long retryAfter = RetryPolicy.retryAfterMillis(response.headers().get("Retry-After"));
            if (retryAfter != null && retryAfter <= longestRetryWait) {
                rateLimit.closeFor(retryAfter);
            }
        }
        return response;
    }

    private void requireUserNotRefused() {
        Refusal refusal = userRefusal;
        if (refusal != null && System.nanoTime() - refusal.untilNanos() < 0) {
            throw refusal.exception().remembered();
        }
    }

    private static Lead readLead(Call call, RawResponse response) throws SevenTargetsApiException {
        if (!response.hasBody()) {
            throw call.failure(response, 1, "the body is empty where a lead was expected");
        }
        try {
            Lead lead = Json.LEAD_READER.readValue(response.body());
            if (lead == null) {
                throw call.failure(response, 1, "the body is JSON null where a lead was expected");
            }
            return lead;
        } catch (JsonProcessingException e) {
            throw call.failure(response, 1, "the body is not a JSON lead (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw call.failure(response, 1, "the body could not be read (" + e.getMessage() + ")");
        }
    }

    private static AssistantPage readAssistantPage(Call call, RawResponse response) throws SevenTargetsApiException {
        try {
            JsonNode root = response.hasBody() ? Json.MAPPER.readTree(response.body()) : null;
            JsonNode items = root != null && root.isObject() ? root.get("content") : root;
            if (items == null || !items.isArray()) {
                throw call.failure(response, 1,
                        "the body is neither a JSON array of assistants nor a page object with a content array");
            }
            List<Assistant> assistants = new ArrayList<>(items.size());
            for (JsonNode item : items) {
                assistants.add(ASSISTANT_READER.readValue(item));
            }
            // Spring Data pages put totalPages at the top, or (since Spring Data 3.3) under "page"
            JsonNode pageInfo = root.has("page") ? root.get("page") : root;
            return new AssistantPage(assistants,
                    root.has("last") ? root.get("last").asBoolean() : null,
                    pageInfo.has("totalPages") ? pageInfo.get("totalPages").asInt() : null);
        } catch (JsonProcessingException e) {
            throw call.failure(response, 1, "the body is not a JSON list of assistants (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw call.failure(response, 1, "the body could not be read (" + e.getMessage() + ")");
        }
    }

    private URI assistantsUri(AssistantQuery query) {
        try {
            return new URIBuilder(baseUrl + "/leads/assistant")
                    .addParameter("searchString", query.searchString() == null ? "" : query.searchString())
                    .addParameter("page", Integer.toString(query.page()))
                    .addParameter("size", Integer.toString(query.size()))
                    .addParameter("sort", query.sort())
                    .build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid baseUrl " + baseUrl + ": " + e.getMessage(), e);
        }
    }

    private record Refusal(SevenTargetsAuthenticationException exception, long untilNanos) {
    }

    /** One API operation: sent again after a 401 or a transient failure, and named in an error. */
    private static final class Call {

        private final String operation;
        private final String method;
        private final URI uri;
        private final String description;

        Call(String operation, String method, URI uri) {
            this.operation = operation;
            this.method = method;
            this.uri = uri;
            this.description = operation + ": " + method + " " + uri.getPath();
        }

        ClassicHttpRequest request(AccessToken token, Header userIdentifier, byte[] json) {
            BasicClassicHttpRequest request = new BasicClassicHttpRequest(method, uri);
            request.addHeader(new SecretHeader(HttpHeaders.AUTHORIZATION, token.authorization()));
            request.addHeader(userIdentifier);
            request.addHeader(ACCEPT_JSON);
            if (json != null) {
                request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
            }
            return request;
        }

        boolean changesState() {
            return !method.equals("GET");
        }

        /** A POST that reached 7Targets may have created the lead: repeating it is not harmless. */
        boolean isIdempotent() {
            return !method.equals("POST");
        }

        SevenTargetsApiException failure(RawResponse response, int attempts, String reason) {
            return response.failure(operation, method, uri.toString(), attempts, reason);
        }
    }
}
