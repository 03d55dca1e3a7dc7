package com.seventargets.camel.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 7Targets API over Apache HttpClient 5. Every call carries the Bearer token and the user identifier and
 * nothing else of the caller's; a 401 drops the token and the call is repeated once with a new one.
 */
public final class HttpSevenTargetsClient implements SevenTargetsClient {

    static final String USER_IDENTIFIER_HEADER = "7ts-user-identifier";

    private static final Logger LOG = LoggerFactory.getLogger(HttpSevenTargetsClient.class);
    private static final ObjectWriter LEAD_WRITER = Json.MAPPER.writerFor(Lead.class);
    private static final ObjectReader LEAD_READER = Json.MAPPER.readerFor(Lead.class);
    private static final ObjectReader ASSISTANT_READER = Json.MAPPER.readerFor(Assistant.class);

    private final HttpTransport transport;
    private final AccessTokens tokens;
    private final TokenSource tokenSource;
    private final ClientCredentials credentials;
    private final String baseUrl;
    private final String userIdentifier;

    public HttpSevenTargetsClient(HttpTransport transport, AccessTokens tokens, TokenSource tokenSource,
                                  ClientCredentials credentials, String baseUrl, String userIdentifier) {
        this.transport = transport;
        this.tokens = tokens;
        this.tokenSource = tokenSource;
        this.credentials = credentials;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.userIdentifier = userIdentifier;
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

    /** Sends with a token; on 401 drops it and sends once more with a fresh one. */
    private RawResponse send(Call call) throws IOException, SevenTargetsApiException {
        AccessToken token = tokens.get(credentials, tokenSource);
        RawResponse response = send(call, token);
        if (response.status() == HttpStatus.SC_UNAUTHORIZED) {
            tokens.invalidate(credentials, token);
            response = send(call, tokens.get(credentials, tokenSource));
        }
        if (!response.isSuccess()) {
            throw call.failure(response, null);
        }
        return response;
    }

    private RawResponse send(Call call, AccessToken token) throws IOException {
        HttpUriRequestBase request = call.newRequest();
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.value());
        request.setHeader(USER_IDENTIFIER_HEADER, userIdentifier);
        request.setHeader(HttpHeaders.ACCEPT, "application/json");
        long started = System.nanoTime();
        RawResponse response = transport.send(request);
        LOG.debug("7Targets {}: {} {} answered {} in {} ms", call.operation(), call.method(), call.uri().getPath(),
                response.status(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return response;
    }

    private static Lead readLead(Call call, RawResponse response) throws SevenTargetsApiException {
        if (!response.hasBody()) {
            throw call.failure(response, "the body is empty where a lead was expected");
        }
        try {
            return LEAD_READER.readValue(response.body());
        } catch (JsonProcessingException e) {
            throw call.failure(response, "the body is not a JSON lead (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw call.failure(response, "the body could not be read (" + e.getMessage() + ")");
        }
    }

    private static AssistantPage readAssistantPage(Call call, RawResponse response) throws SevenTargetsApiException {
        try {
            JsonNode root = response.hasBody() ? Json.MAPPER.readTree(response.body()) : null;
            JsonNode items = root != null && root.isObject() ? root.get("content") : root;
            if (items == null || !items.isArray()) {
                throw call.failure(response,
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
        } catch (IOException e) {
            throw call.failure(response, "the body is not a JSON list of assistants (" + e.getMessage() + ")");
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

        SevenTargetsApiException failure(RawResponse response, String reason) {
            return new SevenTargetsApiException(operation, method, uri.toString(), response.status(),
                    response.reason(), response.headers(), response.bodyText(), reason);
        }
    }
}
