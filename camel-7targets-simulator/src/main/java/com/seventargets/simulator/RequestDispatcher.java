package com.seventargets.simulator;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server's one handler: journal, token request count, faults, then routing, then the answer. */
final class RequestDispatcher implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestDispatcher.class);

    private final Journal journal;
    private final Faults faults;
    private final Router router;
    private final AtomicInteger tokenRequests;
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicInteger mostUnderWay = new AtomicInteger();
    /** Notified at each arrival, for requests held until enough are under way. */
    private final Object arrivals = new Object();

    RequestDispatcher(Journal journal, Faults faults, Router router, AtomicInteger tokenRequests) {
        this.journal = journal;
        this.faults = faults;
        this.router = router;
        this.tokenRequests = tokenRequests;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        SimRequest request = read(exchange);
        mostUnderWay.accumulateAndGet(underWay.incrementAndGet(), Math::max);
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
        int status = -1;
        boolean counted = true;
        try {
            Journal.Entry entry = journal.record(request);
            if (request.path().equals(TokenEndpoint.PATH) && request.method().equals("POST")) {
                tokenRequests.incrementAndGet();
            }
            FaultAction fault = faults.next(request.path());
            if (fault instanceof FaultAction.Delay delay) {
                fault = sleep(delay.duration()) ? null : new FaultAction.Drop();
            } else if (fault instanceof FaultAction.HoldUntilUnderWay hold) {
                fault = holdUntilUnderWay(hold.requests(), hold.atMost()) ? null : new FaultAction.Drop();
            }
            if (fault instanceof FaultAction.DropAfterHandling) {
                router.route(request); // done, and the answer is lost
                fault = new FaultAction.Drop();
            }
            if (fault instanceof FaultAction.Drop) {
                // Closing (below) an exchange whose response headers were never sent makes the JDK
                // server close the TCP connection itself: no status line, no bytes at all.
                entry.status(-1);
                return;
            }
            SimResponse response = fault instanceof FaultAction.Respond respond
                    ? respond.toResponse(request.path())
                    : router.route(request);
            status = response.status();
            // set before answering, so a client that has its answer always finds the status in the journal
            entry.status(status);
            // no longer under way before the first byte goes out: a client that has read the answer may send
            // its next request at once, and that one must not overlap this one in the count
            underWay.decrementAndGet();
            counted = false;
            send(exchange, request.method(), response);
        } finally {
            if (counted) {
                underWay.decrementAndGet();
            }
            exchange.close();
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} -> {} in {} us", request.method(), request.path(), status,
                        (System.nanoTime() - started) / 1000);
            }
        }
    }

    /** The most requests under way at once (received, not yet answered) since the last reset. */
    int mostUnderWay() {
        return mostUnderWay.get();
    }

    void resetMostUnderWay() {
        mostUnderWay.set(underWay.get());
    }

    private static SimRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        // read the whole body first: closing a socket with unread input would send a reset, not a clean close
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new SimRequest(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
                exchange.getRequestHeaders(), body);
    }

    private static void send(HttpExchange exchange, String method, SimResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        int status = response.status();
        boolean bodyless = body.length == 0 || status == 204 || status == 304 || method.equals("HEAD");
        exchange.sendResponseHeaders(status, bodyless ? -1 : body.length);
        if (!bodyless) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Waits until so many requests have been under way at once; false if interrupted (the request is dropped). */
    private boolean holdUntilUnderWay(int requests, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        synchronized (arrivals) {
            long left;
            // the most ever under way, not the count now: once reached, every held request goes, whoever answers first
            while (mostUnderWay.get() < requests && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(arrivals, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Waits; false if interrupted (the server is stopping), in which case the request is dropped. */
    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
