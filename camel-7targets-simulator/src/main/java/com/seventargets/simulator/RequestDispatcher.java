package com.seventargets.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one handler: the admin API apart, each request is read (within the body limit), counted, journaled,
 * put through its faults, held for the latency, then routed and answered. Every wait is kept by the timer or the
 * arrival gate, never by a thread.
 */
final class RequestDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    private final RequestReader reader;
    private final AdminApi admin;
    private final RequestCounts counts;
    private final Journal journal;
    private final Faults faults;
    private final Router router;
    private final RuntimeSettings runtime;
    private final AtomicInteger tokenRequests;
    private final CreatesPerSecond createsPerSecond;
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicInteger mostUnderWay = new AtomicInteger();
    private final ArrivalGate gate = new ArrivalGate(mostUnderWay::get);

    RequestDispatcher(RequestReader reader, AdminApi admin, RequestCounts counts, Journal journal, Faults faults,
            Router router, RuntimeSettings runtime, AtomicInteger tokenRequests, CreatesPerSecond createsPerSecond) {
        this.reader = reader;
        this.admin = admin;
        this.counts = counts;
        this.journal = journal;
        this.faults = faults;
        this.router = router;
        this.runtime = runtime;
        this.tokenRequests = tokenRequests;
        this.createsPerSecond = createsPerSecond;
    }

    void handle(HttpExchange exchange, Continuations continuations) throws IOException {
        if (AdminApi.handles(exchange.getRequestURI().getPath())) {
            admin.handle(exchange);
            return;
        }
        long started = System.nanoTime();
        SimRequest request = reader.read(exchange);
        counts.count(request.method(), request.path());
        mostUnderWay.accumulateAndGet(underWay.incrementAndGet(), Math::max);
        gate.arrived();
        Call call = new Call(exchange, request, journal.record(request), started);
        if (request.path().equals(TokenEndpoint.PATH) && request.method().equals("POST")) {
            tokenRequests.incrementAndGet();
        } else if (request.path().equals(LeadsApi.PATH) && request.method().equals("POST")) {
            createsPerSecond.arrived();
        }
        if (request.tooLarge()) {
            call.answer(SimResponse.error(413, "The request body is larger than " + reader.maxBodySize()
                    + " bytes", request.path()).withHeader("Connection", "close"));
            return;
        }
        FaultAction fault = faults.next(request.path());
        if (fault instanceof FaultAction.Delay delay) {
            continuations.after(delay.duration(), () -> afterLatency(call, null, continuations), call::drop);
        } else if (fault instanceof FaultAction.HoldUntilUnderWay hold) {
            gate.hold(hold.requests(), hold.atMost(), continuations,
                    () -> continuations.onHandler(() -> afterLatency(call, null, continuations), call::drop));
        } else {
            afterLatency(call, fault, continuations);
        }
    }

    /** Holds the answer for the latency of its endpoint, then finishes the call. */
    private void afterLatency(Call call, FaultAction fault, Continuations continuations) {
        Duration latency = call.request.path().equals(TokenEndpoint.PATH) ? runtime.tokenLatency() : runtime.latency();
        continuations.after(latency, () -> call.finish(fault), call::drop);
    }

    /** The most requests under way at once (received, not yet answered) since the last reset. */
    int mostUnderWay() {
        return mostUnderWay.get();
    }

    void resetMostUnderWay() {
        mostUnderWay.set(underWay.get());
    }

    /** The server stopped: the requests it held are gone with their connections. */
    void serverStopped() {
        gate.clear();
        underWay.set(0);
    }

    /** One request from its arrival to its answer, which may come in another thread. */
    private final class Call {
        private final HttpExchange exchange;
        private final SimRequest request;
        private final Journal.Entry entry;
        private final long started;
        private int status = -1;

        Call(HttpExchange exchange, SimRequest request, Journal.Entry entry, long started) {
            this.exchange = exchange;
            this.request = request;
            this.entry = entry;
            this.started = started;
        }

        /** Routes the request, or does what the fault says instead, and answers. */
        void finish(FaultAction fault) {
            try {
                if (fault instanceof FaultAction.DropAfterHandling) {
                    router.route(request); // done, and the answer is lost
                    drop();
                } else if (fault instanceof FaultAction.Drop) {
                    drop();
                } else {
                    answer(fault instanceof FaultAction.Respond respond
                            ? respond.toResponse(request.path())
                            : router.route(request));
                }
            } catch (RuntimeException e) {
                LOG.warn("Simulator failed on {} {}", request.method(), request.path(), e);
                drop();
            }
        }

        void answer(SimResponse response) {
            status = response.status();
            // set before answering, so a client that has its answer always finds the status in the journal
            entry.status(status);
            // no longer under way before the first byte goes out: a client that has read the answer may send
            // its next request at once, and that one must not overlap this one in the count
            underWay.decrementAndGet();
            try {
                send(response);
            } catch (IOException e) {
                LOG.debug("Could not answer {} {}: {}", request.method(), request.path(), e.toString());
            } finally {
                done();
            }
        }

        /**
         * Closes the connection without an answer: closing an exchange whose response headers were never sent makes
         * the JDK server close the TCP connection itself, no status line, no bytes at all.
         */
        void drop() {
            entry.status(-1);
            underWay.decrementAndGet();
            done();
        }

        private void done() {
            exchange.close();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} -> {} in {} us", request.method(), request.path(), status,
                        (System.nanoTime() - started) / 1000);
            }
        }

        private void send(SimResponse response) throws IOException {
            Headers headers = exchange.getResponseHeaders();
            if (response.contentType() != null) {
                headers.set("Content-Type", response.contentType());
            }
            response.headers().forEach(headers::set);
            byte[] body = response.body();
            int answered = response.status();
            boolean bodyless = body.length == 0 || answered == 204 || answered == 304
                    || request.method().equals("HEAD");
            exchange.sendResponseHeaders(answered, bodyless ? -1 : body.length);
            if (!bodyless) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
