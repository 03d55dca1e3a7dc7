package com.seventargets.camel.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.auth.AccessToken;
import com.seventargets.camel.auth.AccessTokens;
import com.seventargets.camel.auth.ClientCredentials;
import com.seventargets.camel.auth.TokenSource;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.net.URIBuilder;

/**
 * The 7Targets API over Apache HttpClient 5. Every call carries the Bearer token and the user identifier and
 * nothing else of the caller's; a 401 drops the token and the call is repeated once with a new one; transient
 * failures are retried as the {@link RetryPolicy} says. No call blocks a thread, except one a synchronous producer
 * starts, which is sent on that producer's thread (see {@link SynchronousScope}).
 */
public final class HttpSevenTargetsClient implements SevenTargetsClient {

    static final String USER_IDENTIFIER_HEADER = "7ts-user-identifier";

    /** The first send, the one with a fresh token after a 401, and one more if that token was revoked too. */
    private static final int MAX_SENDS_PER_ATTEMPT = 3;
    private static final ObjectWriter LEAD_WRITER = Json.MAPPER.writerFor(Lead.class);
    private static final ObjectReader ASSISTANT_READER = Json.MAPPER.readerFor(Assistant.class);

    private final HttpTransport transport;
    private final AccessTokens tokens;
    private final TokenSource tokenSource;
    private final ClientCredentials credentials;
    private final String baseUrl;
    private final String userIdentifier;
    private final RetryingSender retrying;
    private final InFlightLimit inFlight;

    /**
     * @param maxInFlight how many calls may be under way at once; more wait in a queue (no thread is held)
     */
    public HttpSevenTargetsClient(HttpTransport transport, AccessTokens tokens, TokenSource tokenSource,
                                  ClientCredentials credentials, String baseUrl, String userIdentifier,
                                  RetryingSender retrying, int maxInFlight) {
        this.inFlight = new InFlightLimit(maxInFlight);
        this.transport = transport;
        this.tokens = tokens;
        this.tokenSource = tokenSource;
        this.credentials = credentials;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.userIdentifier = userIdentifier;
        this.retrying = retrying;
    }

    @Override
    public CompletableFuture<Void> requireToken() {
        return tokens.get(credentials, tokenSource).thenApply(token -> null);
    }

    @Override
    public CompletableFuture<ApiResponse<Lead>> createLead(Lead lead) {
        return sendLead("create", "POST", "/leads", lead);
    }

    @Override
    public CompletableFuture<ApiResponse<Lead>> updateLead(Lead lead) {
        return sendLead("update", "PUT", "/leads", lead);
    }

    @Override
    public CompletableFuture<ApiResponse<Lead>> stopFollowup(Lead lead) {
        return sendLead("stopFollowup", "PUT", "/leads/stop/followup", lead);
    }

    @Override
    public CompletableFuture<ApiResponse<AssistantPage>> listAssistants(AssistantQuery query) {
        Call call = new Call("list", "GET", assistantsUri(query), null, SynchronousScope.current());
        return send(call, response -> readAssistantPage(call, response));
    }

    private CompletableFuture<ApiResponse<Lead>> sendLead(String operation, String method, String path, Lead lead) {
        byte[] json;
        try {
            json = LEAD_WRITER.writeValueAsBytes(lead);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        Call call = new Call(operation, method, URI.create(baseUrl + path), json, SynchronousScope.current());
        return send(call, response -> readLead(call, response));
    }

    /** Sends with retries; a success is read by {@code reader}, which fails with our exception when it cannot. */
    private <T> CompletableFuture<ApiResponse<T>> send(Call call, Reader<T> reader) {
        return retrying.send(call.description(), call.isIdempotent(), () -> attempt(call))
                .thenCompose(outcome -> {
                    RawResponse response = outcome.response();
                    try {
                        if (response.status() == HttpStatus.SC_UNAUTHORIZED) {
                            throw call.failure(response, outcome.attempts(), "even with a new access token: check"
                                                                             + " userIdentifier, and that this user is"
                                                                             + " assigned to the assistant");
                        }
                        if (!response.isSuccess()) {
                            throw call.failure(response, outcome.attempts(), null);
                        }
                        return CompletableFuture.completedFuture(new ApiResponse<>(response.status(), reader.read(response)));
                    } catch (SevenTargetsApiException e) {
                        return CompletableFuture.failedFuture(e);
                    }
                });
    }

    /**
     * One attempt: through the in-flight limit's queue, but for a call sent in its synchronous caller's thread, which
     * is limited by the caller's threads and the classic client's pool, and must not run inside the queue's drain
     * (where the other callers' calls would wait for its answer before they start).
     */
    private CompletableFuture<RawResponse> attempt(Call call) {
        return SynchronousScope.isCurrent(call.scope())
                ? sendAuthorized(call) : inFlight.submit(() -> sendAuthorized(call));
    }

    private CompletableFuture<RawResponse> sendAuthorized(Call call) {
        return token(call).thenCompose(token -> sendWith(call, token, 1));
    }

    /**
     * On a 401 the token is dropped (unless another caller has already replaced it) and the call is sent once more
     * with a fresh one. Should that be refused too, it is sent again only when the token was revoked after it had
     * worked, or has been replaced since (a call that waited long in the connection pool may carry a token revoked
     * meanwhile); a refusal that a new token does not cure is not the token's fault (a wrong user identifier), and
     * asking for more tokens would not help.
     */
    private CompletableFuture<RawResponse> sendWith(Call call, AccessToken token, int sends) {
        SimpleHttpRequest request = call.newRequest(token, userIdentifier);
        CompletableFuture<RawResponse> sent = SynchronousScope.isCurrent(call.scope())
                ? transport.sendInThisThread(request) : transport.send(request);
        return sent.thenCompose(response -> {
            if (response.status() != HttpStatus.SC_UNAUTHORIZED) {
                if (response.isSuccess()) {
                    token.markWorked();
                }
                return CompletableFuture.completedFuture(response);
            }
            if (sends == MAX_SENDS_PER_ATTEMPT) {
                return CompletableFuture.completedFuture(response);
            }
            if (sends == 1 || token.hasWorked()) {
                tokens.invalidate(credentials, token);
                return token(call).thenCompose(fresh -> sendWith(call, fresh, sends + 1));
            }
            CompletableFuture<AccessToken> replacement = tokens.replacementOf(credentials, token);
            return replacement == null
                    ? CompletableFuture.completedFuture(response)
                    : SynchronousScope.awaitIfCurrent(call.scope(), replacement)
                            .thenCompose(newer -> sendWith(call, newer, sends + 1));
        });
    }

    /** The access token; a synchronous caller waits for it in its own thread, and sends its call from there. */
    private CompletableFuture<AccessToken> token(Call call) {
        return SynchronousScope.awaitIfCurrent(call.scope(), tokens.get(credentials, tokenSource));
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

    /** Reads a successful answer. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(RawResponse response) throws SevenTargetsApiException;
    }

    /**
     * One API call, which can be sent again (after a 401 or a transient failure) and named in an error; sent in the
     * caller's thread while that thread is still in the {@link SynchronousScope} it was created in, if any.
     */
    private record Call(String operation, String method, URI uri, byte[] json, Object scope) {

        SimpleHttpRequest newRequest(AccessToken token, String userIdentifier) {
            SimpleHttpRequest request = SimpleHttpRequest.create(method, uri);
            request.setHeader(new SecretHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.value()));
            request.setHeader(new SecretHeader(USER_IDENTIFIER_HEADER, userIdentifier));
            request.setHeader(HttpHeaders.ACCEPT, "application/json");
            if (json != null) {
                request.setBody(json, ContentType.APPLICATION_JSON);
            }
            return request;
        }

        String description() {
            return operation + ": " + method + " " + uri.getPath();
        }

        /** A POST that reached 7Targets may have created the lead: repeating it is not harmless. */
        boolean isIdempotent() {
            return !method.equals("POST");
        }

        SevenTargetsApiException failure(RawResponse response, int attempts, String reason) {
            return new SevenTargetsApiException(operation, method, uri.toString(), response.status(),
                    response.reason(), response.headers(), response.bodyText(), attempts, reason);
        }
    }
}
