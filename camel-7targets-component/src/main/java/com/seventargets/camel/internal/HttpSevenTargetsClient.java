package com.seventargets.camel.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import com.seventargets.camel.metrics.SevenTargetsStats;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.internal.SevenTargetsApi.AssistantQuery;
import com.seventargets.camel.internal.SevenTargetsApi.Response;
import com.seventargets.camel.model.Lead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpStatus;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.net.URIBuilder;

/**
 * The 7Targets API over Apache HttpClient 5, in the calling thread. Every call carries the Bearer token and the user
 * identifier and nothing else of the caller's; a 401 drops the token and the call is sent once more with a new one,
 * and a second 401 is remembered for a cool-down (the user identifier is wrong: no token would help); transient
 * failures are retried as the {@link RetryPolicy} says.
 * <p>
 * A call, top to bottom: {@link #send} counts it and hands its attempts to {@link RetryPolicy#send}, the call's
 * one retry loop, which waits and retries. Each attempt ({@link Sending#send}) takes a token from
 * {@link AccessTokens} (which has the {@link TokenEndpoint} fetch a missing one, once for every caller waiting on
 * it), waits for its turn at the {@link RateLimitGate}, and sends on the {@link HttpTransport}. A failed token
 * request is a failed attempt of the same loop. Each call has one {@link CallDeadline} ({@code callTimeout}), made
 * when it starts and passed down: every wait and every request of the call ends by then.
 */
final class HttpSevenTargetsClient implements SevenTargetsApi.Client {

    static final String USER_IDENTIFIER_HEADER = "7ts-user-identifier";
    /** What a refusal of a listing concerns (not an e-mail, so no assistant's): not the lead calls. */
    private static final String LISTING = "(listing)";
    /** What a refusal of a lead call that names no assistant concerns: every call. */
    private static final String NO_ASSISTANT = "";
    /** The most pages allPages reads: an answer that never says it is the last must not list forever. */
    static final int MAX_PAGES = 100;

    private static final ObjectWriter LEAD_WRITER = Json.MAPPER.writerFor(Lead.class);
    private static final ObjectReader ASSISTANT_READER = Json.MAPPER.readerFor(Assistant.class);
    private static final Header ACCEPT_JSON = new BasicHeader(HttpHeaders.ACCEPT, "application/json");

    private final HttpTransport transport;
    private final AccessTokens tokens;
    private final TokenEndpoint tokenEndpoint;
    private final ClientCredentials credentials;
    private final String baseUrl;
    private final Header userIdentifier;
    private final RetryPolicy retryPolicy;
    private final long callTimeout;
    private final RateLimitGate rateLimit;
    private final SevenTargetsStats stats;
    private final Call create;
    private final Call update;
    private final Call stopFollowup;
    /**
     * What 7Targets' refusals of a fresh token concern: the lead's assistant (its user may not be assigned to that one
     * only), {@link #LISTING}, or {@link #NO_ASSISTANT}.
     */
    private final UserRefusals userRefusals;

    /**
     * @param rateLimit the gate shared by every client of the same credentials and base URL
     * @param stats     where the calls are counted
     */
    public HttpSevenTargetsClient(HttpTransport transport, AccessTokens tokens, ClientCredentials credentials,
                                  String baseUrl, String userIdentifier, RetryPolicy retryPolicy, long callTimeout,
                                  RateLimitGate rateLimit, SevenTargetsStats stats, LongSupplier nanoClock) {
        this.transport = transport;
        this.rateLimit = rateLimit;
        this.stats = stats;
        this.tokens = tokens;
        this.userRefusals = new UserRefusals(AccessTokens.REFUSAL_COOLDOWN.toNanos(), nanoClock);
        this.retryPolicy = retryPolicy;
        this.callTimeout = callTimeout;
        this.tokenEndpoint = new TokenEndpoint(transport);
        this.credentials = credentials;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.userIdentifier = new SecretHeader(USER_IDENTIFIER_HEADER, userIdentifier);
        this.create = new Call("create", "POST", URI.create(this.baseUrl + "/leads"), RequestEffect.CREATES);
        this.update = new Call("update", "PUT", URI.create(this.baseUrl + "/leads"), RequestEffect.IDEMPOTENT);
        this.stopFollowup = new Call("stopFollowup", "PUT", URI.create(this.baseUrl + "/leads/stop/followup"),
                RequestEffect.IDEMPOTENT);
    }

    /**
     * Also fails with a remembered refusal of a call that named no assistant: that one concerns the user identifier
     * itself. A refusal concerning one assistant, or the listing, does not.
     */
    @Override
    public void requireToken() throws IOException, SevenTargetsApiException {
        userRefusals.requireNotRefused(NO_ASSISTANT);
        CallDeadline deadline = CallDeadline.after(callTimeout);
        retryPolicy.send("token: POST " + credentials.tokenUrl(), RequestEffect.READS, deadline, () -> {
            token(deadline);
            return null;
        });
    }

    @Override
    public int refusedAssistants() {
        return userRefusals.count(concerning -> !concerning.equals(NO_ASSISTANT) && !concerning.equals(LISTING));
    }

    @Override
    public String preview(Lead lead) throws IOException, SevenTargetsApiException {
        requireToken();
        return LEAD_WRITER.writeValueAsString(lead);
    }

    @Override
    public Response<Lead> createLead(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead(create, lead);
    }

    @Override
    public Response<Lead> updateLead(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead(update, lead);
    }

    @Override
    public Response<Lead> stopFollowup(Lead lead) throws IOException, SevenTargetsApiException {
        return sendLead(stopFollowup, lead);
    }

    @Override
    public Response<List<Assistant>> listAssistants(AssistantQuery first, boolean allPages)
            throws IOException, SevenTargetsApiException {
        AssistantQuery query = first;
        CallDeadline deadline = CallDeadline.after(callTimeout); // one for every page
        AssistantPage page = listPage(query, deadline);
        List<Assistant> found = new ArrayList<>(page.assistants());
        while (allPages && !page.isLast(query)) {
            AssistantQuery next = query.nextPage();
            if (next.page() - first.page() >= MAX_PAGES) {
                throw pagingFailure(query, page.status(), "allPages stopped after " + MAX_PAGES + " pages of "
                                                          + query.size() + " assistants: 7Targets said there are"
                                                          + " more; list them page by page");
            }
            List<Assistant> previous = page.assistants();
            page = listPage(next, deadline);
            List<Assistant> current = page.assistants();
            if (!previous.isEmpty() && !current.isEmpty()
                && Objects.equals(previous.get(0).getId(), current.get(0).getId())) {
                throw pagingFailure(next, page.status(), "7Targets answered page " + next.page() + " with the"
                                                         + " assistants of page " + query.page() + ": it seems to"
                                                         + " ignore the page parameter, so allPages cannot walk"
                                                         + " it; list one page at a time");
            }
            found.addAll(current);
            query = next;
        }
        return new Response<>(page.status(), found);
    }

    /** A listing that allPages cannot finish fails like an answer that is not what the operation returns. */
    private SevenTargetsApiException pagingFailure(AssistantQuery query, int status, String reason) {
        return new SevenTargetsApiException("list", "GET", assistantsUri(query).toString(), status, null, Map.of(),
                "", 1, reason, false);
    }

    private AssistantPage listPage(AssistantQuery query, CallDeadline deadline)
            throws IOException, SevenTargetsApiException {
        Call list = new Call("list", "GET", assistantsUri(query), RequestEffect.READS);
        RawResponse response = send(list, null, LISTING, deadline);
        return readAssistantPage(list, response);
    }

    private Response<Lead> sendLead(Call call, Lead lead) throws IOException, SevenTargetsApiException {
        String assistant = lead.getAssistantEmail() == null ? NO_ASSISTANT
                : lead.getAssistantEmail().toLowerCase(Locale.ROOT);
        RawResponse response = send(call, LEAD_WRITER.writeValueAsBytes(lead), assistant,
                CallDeadline.after(callTimeout));
        return new Response<>(response.status(), readLead(call, response));
    }

    /**
     * The successful answer, after retries; any other fails with our exception.
     *
     * @param concerning what a refusal of the user identifier would concern (see {@link #userRefusals})
     */
    private RawResponse send(Call call, byte[] json, String concerning, CallDeadline deadline)
            throws IOException, SevenTargetsApiException {
        userRefusals.requireNotRefused(concerning);
        Sending sending = new Sending(call, json, deadline);
        long started = stats.callStarted();
        RetryPolicy.Outcome outcome;
        try {
            outcome = retryPolicy.send(call.description, call.effect, deadline, sending);
        } finally {
            stats.callEnded(call.operation, sending.outcome, started);
        }
        RawResponse response = outcome.response();
        if (response.status() == HttpStatus.SC_UNAUTHORIZED) {
            SevenTargetsAuthenticationException refused = SevenTargetsAuthenticationException.userRefused(
                    call.description, response.status(), response.bodyText());
            userRefusals.remember(concerning, refused);
            throw refused;
        }
        if (!response.isSuccess()) {
            throw call.failure(response, outcome.attempts(), outcome.whyNotRetried(), outcome.outcomeUnknown());
        }
        return response;
    }

    /**
     * Waits for this call's turn and returns a token still usable then. A token that must be fetched is fetched
     * before the turn is taken: senders that waited for the fetch would otherwise go together when it ends, more
     * than {@code maxRequestsPerSecond} in the second after it. Only a call that waited asks for it again.
     */
    private AccessToken tokenOnOurTurn(CallDeadline deadline) throws IOException, SevenTargetsApiException {
        AccessToken token = token(deadline);
        return rateLimit.awaitTurn(deadline) ? token(deadline) : token;
    }

    private AccessToken token(CallDeadline deadline) throws IOException, SevenTargetsApiException {
        return tokens.get(credentials, tokenEndpoint, deadline);
    }

    /**
     * One call's attempt, and what its attempts leave: counts its retries, and notes how the last request that went
     * out ended.
     */
    private final class Sending implements RetryPolicy.Attempt {

        private final Call call;
        private final byte[] json;
        private final CallDeadline deadline;
        /** Null until a request went out: a call that failed before (no token) was not sent. */
        private SevenTargetsStats.Outcome outcome;

        Sending(Call call, byte[] json, CallDeadline deadline) {
            this.call = call;
            this.json = json;
            this.deadline = deadline;
        }

        /**
         * On a 401 the token is dropped (unless another caller has already replaced it) and the call is sent once
         * more with a fresh one; a second refusal is not the token's fault (a wrong user identifier, say), and is
         * final.
         */
        @Override
        public RawResponse send() throws IOException, SevenTargetsApiException {
            AccessToken token = tokenOnOurTurn(deadline);
            RawResponse response = sendNotingRateLimit(call.request(token, userIdentifier, json));
            if (response.status() != HttpStatus.SC_UNAUTHORIZED) {
                return response;
            }
            tokens.invalidate(credentials, token);
            stats.retry(call.operation, "401");
            return sendNotingRateLimit(call.request(tokenOnOurTurn(deadline), userIdentifier, json));
        }

        @Override
        public void willRetry(String reason) {
            stats.retry(call.operation, reason);
        }

        /** A 429 whose wait the retries will make holds the other senders of these credentials back too. */
        private RawResponse sendNotingRateLimit(HttpUriRequestBase request) throws IOException {
            RawResponse response;
            try {
                response = transport.send(request, deadline);
            } catch (IOException e) {
                outcome = SevenTargetsStats.Outcome.io_error;
                throw e;
            }
            outcome = SevenTargetsStats.Outcome.of(response.status());
            Long sharedWait = retryPolicy.sharedWaitAfter(response);
            if (sharedWait != null) {
                rateLimit.closeFor(sharedWait);
            }
            return response;
        }
    }

    private static Lead readLead(Call call, RawResponse response) throws SevenTargetsApiException {
        if (!response.hasBody()) {
            throw call.unreadable(response, "the body is empty where a lead was expected");
        }
        try {
            Lead lead = Json.LEAD_READER.readValue(response.body());
            if (lead == null) {
                throw call.unreadable(response, "the body is JSON null where a lead was expected");
            }
            return lead;
        } catch (JsonProcessingException e) {
            throw call.unreadable(response, "the body is not a JSON lead (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw call.unreadable(response, "the body could not be read (" + e.getMessage() + ")");
        }
    }

    private static AssistantPage readAssistantPage(Call call, RawResponse response) throws SevenTargetsApiException {
        try {
            JsonNode root = response.hasBody() ? Json.MAPPER.readTree(response.body()) : null;
            JsonNode items = root != null && root.isObject() ? root.get("content") : root;
            if (items == null || !items.isArray()) {
                throw call.unreadable(response,
                        "the body is neither a JSON array of assistants nor a page object with a content array");
            }
            List<Assistant> assistants = new ArrayList<>(items.size());
            for (JsonNode item : items) {
                assistants.add(ASSISTANT_READER.readValue(item));
            }
            // Spring Data pages put totalPages at the top, or (since Spring Data 3.3) under "page"
            JsonNode pageInfo = root.has("page") ? root.get("page") : root;
            return new AssistantPage(response.status(), assistants,
                    root.has("last") ? root.get("last").asBoolean() : null,
                    pageInfo.has("totalPages") ? pageInfo.get("totalPages").asInt() : null);
        } catch (JsonProcessingException e) {
            throw call.unreadable(response, "the body is not a JSON list of assistants (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw call.unreadable(response, "the body could not be read (" + e.getMessage() + ")");
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

    /** One API operation: sent again after a 401 or a transient failure, and named in an error. */
    private static final class Call {

        private final String operation;
        private final String method;
        private final URI uri;
        private final RequestEffect effect;
        private final String description;

        Call(String operation, String method, URI uri, RequestEffect effect) {
            this.operation = operation;
            this.method = method;
            this.uri = uri;
            this.effect = effect;
            this.description = operation + ": " + method + " " + uri.getPath();
        }

        HttpUriRequestBase request(AccessToken token, Header userIdentifier, byte[] json) {
            HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
            request.addHeader(new SecretHeader(HttpHeaders.AUTHORIZATION, token.authorization()));
            request.addHeader(userIdentifier);
            request.addHeader(ACCEPT_JSON);
            if (json != null) {
                request.setEntity(new ByteArrayEntity(json, ContentType.APPLICATION_JSON));
            }
            return request;
        }

        SevenTargetsApiException failure(RawResponse response, int attempts, String reason, boolean outcomeUnknown) {
            return response.failure(operation, method, uri.toString(), attempts, reason, outcomeUnknown);
        }

        /** A success whose body cannot be read: 7Targets may have done what was asked. */
        SevenTargetsApiException unreadable(RawResponse response, String reason) {
            return failure(response, 1, reason, effect.changesState());
        }
    }
}
