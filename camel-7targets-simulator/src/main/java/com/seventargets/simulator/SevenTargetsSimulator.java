package com.seventargets.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An in-process simulator of the 7Targets REST API and its AWS Cognito token endpoint, on
 * 127.0.0.1, with a request journal and fault injection. Thread-safe.
 *
 * <p>Like 7Targets ("creates or assigns a Lead"), {@code POST /leads} with the email of an existing
 * lead makes no second record: it updates that lead with the non-null fields sent and answers 201.
 * Lead answers hold exactly the fields of 7Targets' API document, unset ones as {@code null}; request
 * fields the document does not list, and those the server owns ({@code state}, {@code followup}, ...),
 * are ignored. A {@code scheduleId} or {@code scheduleName} must be one of the assistant's
 * {@linkplain #schedules(String) schedules}, and a lead body must be sent as {@code application/json}
 * (else 415, as a Spring server answers).
 *
 * <p>Beside the API, on the same port, {@code GET /_simulator/stats}, {@code GET /_simulator/leads} and
 * {@code POST /_simulator/reset} give what it received ({@link #stats()}), the leads it holds and a reset, to a client
 * in another process. Answers can be held as long as a distant service's ({@link Builder#latency(Duration)}) without
 * a thread per held request, and everything it keeps is bounded ({@link Builder#maxBodySize(int)},
 * {@link Builder#journalMaxBytes(long)}, {@link Builder#maxLeads(int)}, {@link Builder#maxTokens(int)}).
 *
 * <p>Unless already set, the first {@link #start()} sets the system properties
 * {@code sun.net.httpserver.nodelay=true} (without it each answer of the JDK's HTTP server waits
 * about 40 ms for a delayed ACK) and {@code sun.net.httpserver.maxIdleConnections=10000} (beyond its
 * default of 200 idle connections, the server closes each one as soon as it has answered). The JDK
 * reads them once, so create no other JDK {@code HttpServer} before the first simulator in a JVM.
 *
 * <pre>{@code
 * try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().build().start()) {
 *     // POST sim.tokenUrl() with sim.clientId() / sim.clientSecret(), then call sim.baseUrl() + "/leads"
 *     // with the token and the header 7ts-user-identifier: sim.userIdentifier()
 * }
 * }</pre>
 */
public final class SevenTargetsSimulator implements AutoCloseable {

    private final SimulatorSettings settings;
    private final RuntimeSettings runtime;
    private final TokenStore tokens;
    private final LeadStore leads;
    private final AssistantStore assistants = new AssistantStore();
    private final Faults faults = new Faults();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final Journal journal;
    private final RequestCounts requestCounts;
    private final CreatesPerSecond createsPerSecond = new CreatesPerSecond(System::currentTimeMillis);
    private final RequestDispatcher dispatcher;
    private volatile SimulatorServer server;

    private SevenTargetsSimulator(SimulatorSettings settings) {
        SimulatorLimits limits = settings.limits();
        this.settings = settings;
        this.runtime = new RuntimeSettings(settings);
        this.tokens = new TokenStore(limits.maxTokens());
        this.leads = new LeadStore(limits.maxLeads());
        this.journal = new Journal(limits.journalEntries(), limits.journalBytes());
        assistants.reseed(settings.seedAssistants());
        Router router = new Router(new TokenEndpoint(settings, runtime, tokens), new LeadsApi(leads, assistants),
                new AssistantsApi(assistants, runtime), new ApiAuthenticator(tokens, settings.userIdentifier()));
        this.requestCounts = new RequestCounts(router.endpoints());
        AdminApi admin = new AdminApi(this::stats, leads::all, this::reset);
        this.dispatcher = new RequestDispatcher(new RequestReader(limits.maxBodySize()), admin, requestCounts,
                journal, faults, router, runtime, tokenRequests, createsPerSecond);
    }

    /** A builder with the defaults: test-client / test-secret / test-user, scope leads/post, 1 h tokens, free port. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving (again, after {@link #stop()}); does nothing if running. Returns this. */
    public synchronized SevenTargetsSimulator start() {
        if (server == null) {
            try {
                server = SimulatorServer.start(settings.port(), settings.sslContext(), settings.limits().threads(),
                        dispatcher);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the 7Targets simulator on port " + settings.port(), e);
            }
        }
        return this;
    }

    /** Stops serving; the state (leads, journal, tokens) is kept. Does nothing if not running. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            dispatcher.serverStopped();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The port served: the bound one while running, else the configured one (fails if that is 0). */
    public int port() {
        SimulatorServer running = server;
        if (running != null) {
            return running.port();
        }
        if (settings.port() == 0) {
            throw new IllegalStateException("The simulator is not started: its port is not chosen yet");
        }
        return settings.port();
    }

    /** The API base URL, e.g. {@code http://127.0.0.1:8787} ({@code https} when serving HTTPS). */
    public String baseUrl() {
        return (settings.sslContext() == null ? "http" : "https") + "://127.0.0.1:" + port();
    }

    /** The token endpoint: {@code baseUrl() + "/oauth2/token"}. */
    public String tokenUrl() {
        return baseUrl() + TokenEndpoint.PATH;
    }

    /** The client id the token endpoint accepts. */
    public String clientId() {
        return settings.clientId();
    }

    /** The client secret the token endpoint accepts. */
    public String clientSecret() {
        return settings.clientSecret();
    }

    /** The {@code 7ts-user-identifier} value the API accepts. */
    public String userIdentifier() {
        return settings.userIdentifier();
    }

    /** The lifetime of tokens issued from now on (sub-second lifetimes are honoured; {@code expires_in} is at least 1). */
    public void setTokenLifetime(Duration lifetime) {
        runtime.tokenLifetime(lifetime);
    }

    /** How long each API answer is held from now on, as a distant service's would be (zero for none). */
    public void setLatency(Duration latency) {
        runtime.latency(latency);
    }

    /** How long each answer of the token endpoint is held from now on (zero for none). */
    public void setTokenLatency(Duration latency) {
        runtime.tokenLatency(latency);
    }

    /** The shape of {@code GET /leads/assistant} answers from now on. */
    public void setAssistantListShape(AssistantListShape shape) {
        runtime.assistantListShape(shape);
    }

    /** Adds an assistant, last modified now, and returns it as the API shows it (with its id). */
    public Map<String, Object> addAssistant(String name, String emailid) {
        return Json.toMap(assistants.add(name, emailid).json());
    }

    /** Every assistant, in id order, as the API shows them. */
    public List<Map<String, Object>> assistants() {
        return assistants.all().stream().map(a -> Json.toMap(a.json())).toList();
    }

    /**
     * The schedules (sequences) of the assistant with this email (ignoring case), name to id, in id order: "Default"
     * (its {@code defaultScheduleId}), "Nurture", "Webinar" and "Email CC" (its {@code defaultScheduleIdForEmailCC}).
     * Names are case sensitive, and no two assistants share a schedule id.
     *
     * @throws IllegalArgumentException if there is no such assistant
     */
    public Map<String, Long> schedules(String assistantEmail) {
        return assistants.byEmail(Objects.requireNonNull(assistantEmail, "assistantEmail")).map(Assistant::schedules)
                .orElseThrow(() -> new IllegalArgumentException("No assistant " + assistantEmail));
    }

    /**
     * A copy of every lead, in id order: the fields of its last answer, and the request fields 7Targets keeps
     * without answering them ({@code source}, {@code context}, {@code additionalInformationLine},
     * {@code assistantEmail}). Fields the API document does not list are not kept: find them in the
     * {@link #journal() journal}.
     */
    public List<Map<String, Object>> leads() {
        return leads.all().stream().map(Json::toMap).toList();
    }

    /** A copy of the lead with this id. */
    public Optional<Map<String, Object>> lead(long id) {
        return leads.byId(id).map(Json::toMap);
    }

    /** A copy of the lead with this email (ignoring case). */
    public Optional<Map<String, Object>> leadByEmail(String email) {
        return leads.byEmail(Objects.requireNonNull(email, "email")).map(Json::toMap);
    }

    /** How many POSTs reached the token endpoint, successful, refused or faulted. */
    public int tokenRequestCount() {
        return tokenRequests.get();
    }

    /**
     * What was received since start or the last {@link #reset()}: the requests per endpoint, the leads held, the
     * tokens issued; {@code GET /_simulator/stats} answers the same figures.
     */
    public SimulatorStats stats() {
        return new SimulatorStats(requestCounts.snapshot(), leads.size(), tokens.issuedCount(), leads.evicted(),
                dispatcher.mostUnderWay());
    }

    /**
     * The access tokens issued since start or the last {@link #reset()}, in order, that are still kept: the most recent
     * {@code maxTokens}, less the expired ones, which are forgotten once every 1,000 tokens issued.
     */
    public List<String> issuedTokens() {
        return tokens.issued();
    }

    /**
     * Moves every token issued so far closer to its expiry by {@code time}, as if that much time had passed for it:
     * a token whose lifetime is used up gets 401 "expired" (counted in {@link #rejectedExpiredTokenCount()}).
     */
    public void ageTokens(Duration time) {
        tokens.age(time);
    }

    /** Makes every token issued so far invalid: API calls with them get 401. */
    public void revokeAllTokens() {
        tokens.revokeAll();
    }

    /** Makes one token invalid: API calls with it get 401. */
    public void revokeToken(String token) {
        tokens.revoke(token);
    }

    /** How many API calls were refused because their Bearer token had expired. */
    public int rejectedExpiredTokenCount() {
        return tokens.rejectedExpiredCount();
    }

    /**
     * Back to the state just after {@link Builder#build() building}: no leads (ids restart at 1), empty
     * journal, no faults, counters at 0, no tokens, the seeded assistants only, and the builder's
     * token lifetime and list shape.
     */
    public void reset() {
        faults.clear();
        leads.clear();
        tokens.clear();
        tokenRequests.set(0);
        requestCounts.clear();
        createsPerSecond.clear();
        dispatcher.resetMostUnderWay();
        assistants.reseed(settings.seedAssistants());
        runtime.restore(settings);
        journal.clear();
    }

    /**
     * How many creates ({@code POST /leads}, whatever they were answered) arrived in each second of the clock, from
     * the second of the first one since start or the last {@link #reset()} to the second of the last one, seconds
     * without a create included as 0; the last hour of that span at most. What a client's rate limit is checked
     * against: no entry may exceed it.
     */
    public List<Long> createsPerSecond() {
        return createsPerSecond.snapshot();
    }

    /**
     * The most requests that were under way at once, received and not yet answered (delays included), since the
     * simulator started or was last reset: how many calls a client really had in flight.
     */
    public int mostConcurrentRequests() {
        return dispatcher.mostUnderWay();
    }

    /**
     * Every request received, in arrival order, within the journal's limits (by default the last 100,000 requests, and
     * about 64 MiB: see {@link Builder#journalMaxBytes(long)}). The simulator's own API ({@code /_simulator/...}) is
     * not journaled.
     */
    public List<RecordedRequest> journal() {
        return journal.snapshot();
    }

    /** The journal's requests whose path equals {@code path} exactly. */
    public List<RecordedRequest> journal(String path) {
        return journal.snapshot(Objects.requireNonNull(path, "path"));
    }

    /** Empties the journal. */
    public void clearJournal() {
        journal.clear();
    }

    /** Fault injection: {@code faults().onPath("/leads").times(2).respond(503)}. */
    public Faults faults() {
        return faults;
    }

    /** Configures a {@link SevenTargetsSimulator}; every setting has a default. */
    public static final class Builder {
        private String clientId = "test-client";
        private String clientSecret = "test-secret";
        private String userIdentifier = "test-user";
        private List<String> allowedScopes = List.of("leads/post");
        private Duration tokenLifetime = Duration.ofHours(1);
        private AssistantListShape assistantListShape = AssistantListShape.ARRAY;
        private SSLContext sslContext;
        private int port;
        private int seedAssistants = 12;
        private Duration latency = Duration.ZERO;
        private Duration tokenLatency = Duration.ZERO;
        private int maxBodySize = SimulatorLimits.DEFAULTS.maxBodySize();
        private long journalMaxBytes = SimulatorLimits.DEFAULTS.journalBytes();
        private int journalCapacity = SimulatorLimits.DEFAULTS.journalEntries();
        private int maxLeads = SimulatorLimits.DEFAULTS.maxLeads();
        private int maxTokens = SimulatorLimits.DEFAULTS.maxTokens();
        private int threads = SimulatorLimits.DEFAULTS.threads();

        private Builder() {
        }

        /** The client id the token endpoint accepts (default {@code test-client}). */
        public Builder clientId(String clientId) {
            this.clientId = requireText(clientId, "clientId");
            return this;
        }

        /** The client secret the token endpoint accepts (default {@code test-secret}). */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = requireText(clientSecret, "clientSecret");
            return this;
        }

        /** The {@code 7ts-user-identifier} the API accepts (default {@code test-user}). */
        public Builder userIdentifier(String userIdentifier) {
            this.userIdentifier = requireText(userIdentifier, "userIdentifier");
            return this;
        }

        /** The scopes a token may be asked for (default {@code leads/post}); none asked = all of them. */
        public Builder allowedScopes(String... scopes) {
            this.allowedScopes = List.of(scopes);
            return this;
        }

        /** The lifetime of issued tokens (default 1 hour). */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = RuntimeSettings.checkLifetime(lifetime);
            return this;
        }

        /** The shape of {@code GET /leads/assistant} answers (default {@link AssistantListShape#ARRAY}). */
        public Builder assistantListShape(AssistantListShape shape) {
            this.assistantListShape = Objects.requireNonNull(shape, "shape");
            return this;
        }

        /** Serves HTTPS with this context instead of HTTP. */
        public Builder https(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /** The port to bind on 127.0.0.1 (default 0: a free port). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /**
         * How many assistants to seed: "Assistant 1" / assistant1@simulator.7targets.test, ... (default 12, more than
         * the listing's default page of 10). Assistants 2, 5, 8, ... have a null {@code description} and {@code role}.
         */
        public Builder seedAssistants(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("seedAssistants must not be negative");
            }
            this.seedAssistants = count;
            return this;
        }

        /**
         * How long each API answer is held, as a distant service's would be (default zero). A held request takes no
         * thread: any number of them can be under way at once. The admin API is never held.
         */
        public Builder latency(Duration latency) {
            this.latency = RuntimeSettings.checkLatency(latency, "latency");
            return this;
        }

        /** How long each answer of the token endpoint is held (default zero). */
        public Builder tokenLatency(Duration latency) {
            this.tokenLatency = RuntimeSettings.checkLatency(latency, "tokenLatency");
            return this;
        }

        /** How many of the most recent requests the journal keeps (default 100,000). */
        public Builder journalCapacity(int capacity) {
            this.journalCapacity = atLeastOne(capacity, "journalCapacity");
            return this;
        }

        /**
         * About how many bytes of memory the journal's requests may take (default 64 MiB, counted as two bytes a
         * character plus the objects that hold them); beyond it the oldest are dropped.
         */
        public Builder journalMaxBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("journalMaxBytes must be at least 1, not " + bytes);
            }
            this.journalMaxBytes = bytes;
            return this;
        }

        /**
         * The largest request body read, in bytes (default 1 MiB); a larger one is answered 413 and never held in
         * memory.
         */
        public Builder maxBodySize(int bytes) {
            this.maxBodySize = atLeastOne(bytes, "maxBodySize");
            return this;
        }

        /** How many leads are held (default 100,000); a new lead beyond it evicts the oldest, and the log says so. */
        public Builder maxLeads(int leads) {
            this.maxLeads = atLeastOne(leads, "maxLeads");
            return this;
        }

        /** How many access tokens are kept (default 10,000); beyond it the oldest is forgotten (401 if used). */
        public Builder maxTokens(int tokens) {
            this.maxTokens = atLeastOne(tokens, "maxTokens");
            return this;
        }

        /**
         * The threads that read and answer requests (default 16). Latency, delays and holds take none of them; a
         * request that finds them all busy waits in a queue of 10,000, beyond which its connection is closed.
         */
        public Builder threads(int threads) {
            this.threads = atLeastOne(threads, "threads");
            return this;
        }

        /** A new, not yet started simulator. */
        public SevenTargetsSimulator build() {
            return new SevenTargetsSimulator(new SimulatorSettings(clientId, clientSecret, userIdentifier,
                    allowedScopes, tokenLifetime, assistantListShape, sslContext, port, seedAssistants, latency,
                    tokenLatency, new SimulatorLimits(maxBodySize, journalMaxBytes, journalCapacity, maxLeads, maxTokens,
                    threads)));
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + value);
            }
            return value;
        }

        private static String requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
