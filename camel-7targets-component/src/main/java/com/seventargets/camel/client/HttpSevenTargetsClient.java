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
import com.seventargets.camel.auth.AccessToken;
import com.seventargets.camel.auth.AccessTokens;
import com.seventargets.camel.auth.ClientCredentials;
import com.seventargets.camel.auth.TokenSource;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.Lead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.net.URIBuilder;

/**
 * The 7Targets API over Apache HttpClient 5. Every call carries the Bearer token and the user identifier and
 * nothing else of the caller's; a 401 drops the token and the call is repeated once with a new one; transient
 * failures are retried as the {@link RetryPolicy} says.
 */
public final class HttpSevenTargetsClient implements SevenTargetsClient {

    static final String USER_IDENTIFIER_HEADER = "7ts-user-identifier";

    private static final ObjectWriter LEAD_WRITER = Json.MAPPER.writerFor(Lead.class);
    private static final ObjectReader ASSISTANT_READER = Json.MAPPER.readerFor(Assistant.class);

    private final HttpTransport transport;
    private final AccessTokens tokens;
    private final TokenSource tokenSource;
    private final ClientCredentials credentials;
    private final String baseUrl;
    private final String userIdentifier;
    private final RetryingSender retrying;
    /** A token 7Targets refused with 401 just after it was fetched for this client: the 401 was not its fault. */
    private volatile AccessToken refusedFreshToken;

    public HttpSevenTargetsClient(HttpTransport transport, AccessTokens tokens, TokenSource tokenSource,
                                  ClientCredentials credentials, String baseUrl, String userIdentifier,
                                  RetryPolicy retryPolicy) {
        this.transport = transport;
        this.retrying = new RetryingSender(retryPolicy);
        this.tokens = tokens;
        this.tokenSource = tokenSource;
        this.credentials = credentials;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.userIdentifier = userIdentifier;
    }

    @Override
    public void requireToken() throws IOException, SevenTargetsApiException {
        tokens.get(credentials, tokenSource);
    }

    @Override
    public ApiResponse<Lead> createLead(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead("create", "POST", "/leads", lead);
    }

    @Override
    public ApiResponse<Lead> updateLead(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead("update", "PUT", "/leads", lead);
    }

    @Override
    public ApiResponse<Lead> stopFollowup(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead("stopFollowup", "PUT", "/leads/stop/followup", lead);
    }

    @Override
    public ApiResponse<AssistantPage> listAssistants(AssistantQuery query) throws IOException, SevenTargetsApiException {
        Call call = new Call("list", "GET", assistantsUri(query), null);
        RawResponse response = send(call);
        return new ApiResponse<>(response.status(), readAssistantPage(call, response));
    }

    private ApiResponse<Lead> sendLead(String operation, String method, String path, Lead lead)
            throws IOException, SevenTargetsApiException {
        Call call = new Call(operation, method, URI.create(baseUrl + path), LEAD_WRITER.writeValueAsBytes(lead));
        RawResponse response = send(call);
        return new ApiResponse<>(response.status(), readLead(call, response));
    }

    private RawResponse send(Call call) throws IOException, SevenTargetsApiException {
        RetryingSender.Outcome outcome = retrying.send(call.description(), call.isIdempotent(), () -> sendAuthorized(call));
        if (outcome.response().status() == HttpStatus.SC_UNAUTHORIZED) {
            throw call.failure(outcome.response(), outcome.attempts(), "even with a new access token: check"
                                                                       + " userIdentifier, and that this user is"
                                                                       + " assigned to the assistant");
        }
        if (!outcome.response().isSuccess()) {
            throw call.failure(outcome.response(), outcome.attempts(), null);
        }
        return outcome.response();
    }

    /**
     * Sends with a token; on 401 drops it and sends once more with a fresh one. When even a fresh token is refused,
     * the cause is elsewhere (the user identifier): that token is kept, so that a misconfigured endpoint does not
     * turn each of its messages into a token request for every endpoint sharing the token.
     */
    private RawResponse sendAuthorized(Call call) throws IOException, SevenTargetsApiException {
        AccessToken token = tokens.get(credentials, tokenSource);
        RawResponse response = transport.send(authorized(call.newRequest(), token));
        if (response.status() != HttpStatus.SC_UNAUTHORIZED) {
            if (token == refusedFreshToken) {
                refusedFreshToken = null; // it works now: a later 401 is the token's again
            }
            return response;
        }
        if (token == refusedFreshToken) {
            return response;
        }
        tokens.invalidate(credentials, token);
        AccessToken fresh = tokens.get(credentials, tokenSource);
        response = transport.send(authorized(call.newRequest(), fresh));
        refusedFreshToken = response.status() == HttpStatus.SC_UNAUTHORIZED ? fresh : null;
        return response;
    }

    private HttpUriRequestBase authorized(HttpUriRequestBase request, AccessToken token) {
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.value());
        request.setHeader(USER_IDENTIFIER_HEADER, userIdentifier);
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        return request;
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

    /** One API call, which can be sent again (after a 401) and named in an error. */
    private record Call(String operation, String method, URI uri, byte[] json) {

        HttpUriRequestBase newRequest() {
            HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
            if (json != null) {
                request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
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
