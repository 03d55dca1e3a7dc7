package com.seventargets.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The simulator's own API, beside the 7Targets one on the same port, in the spirit of WireMock's {@code /__admin}:
 * {@code GET /_simulator/stats}, {@code GET /_simulator/leads}, {@code POST /_simulator/reset}. It needs no token, is
 * neither journaled nor counted, and never waits (no latency, no faults).
 */
final class AdminApi {

    static final String PREFIX = "/_simulator/";
    static final String STATS = PREFIX + "stats";
    static final String LEADS = PREFIX + "leads";
    static final String RESET = PREFIX + "reset";

    private static final Map<String, String> METHODS = Map.of(STATS, "GET", LEADS, "GET", RESET, "POST");

    private final Supplier<SimulatorStats> stats;
    private final Supplier<List<byte[]>> leads;
    private final Runnable reset;

    AdminApi(Supplier<SimulatorStats> stats, Supplier<List<byte[]>> leads, Runnable reset) {
        this.stats = stats;
        this.leads = leads;
        this.reset = reset;
    }

    static boolean handles(String path) {
        return path.startsWith(PREFIX);
    }

    void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = METHODS.get(path);
            if (method == null) {
                send(exchange, SimResponse.error(404, "No endpoint " + exchange.getRequestMethod() + " " + path
                        + " (the simulator's are GET " + STATS + ", GET " + LEADS + ", POST " + RESET + ")", path));
            } else if (!method.equals(exchange.getRequestMethod())) {
                send(exchange, SimResponse.error(405, "Request method '" + exchange.getRequestMethod()
                        + "' is not supported", path).withHeader("Allow", method));
            } else if (path.equals(STATS)) {
                send(exchange, SimResponse.json(200, statsJson(stats.get())));
            } else if (path.equals(LEADS)) {
                sendLeads(exchange);
            } else {
                reset.run();
                exchange.sendResponseHeaders(204, -1);
            }
        }
    }

    /**
     * {@code {"requests": {"POST /leads": n, ...}, "leads": m, "tokens": t, "evictedLeads": e,
     * "mostConcurrentRequests": c}}.
     */
    static ObjectNode statsJson(SimulatorStats stats) {
        ObjectNode json = Json.object();
        ObjectNode requests = json.putObject("requests");
        stats.requests().forEach(requests::put);
        return json.put("leads", stats.leads()).put("tokens", stats.tokens()).put("evictedLeads", stats.evictedLeads())
                .put("mostConcurrentRequests", stats.mostConcurrentRequests());
    }

    /** The leads as a JSON array, in id order, each as the API answers it plus its {@code assistantEmail}; streamed. */
    private void sendLeads(HttpExchange exchange) throws IOException {
        List<byte[]> all = leads.get();
        exchange.getResponseHeaders().set("Content-Type", SimResponse.JSON);
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody())) {
            out.write('[');
            for (int i = 0; i < all.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(Json.bytes(LeadsApi.withAssistant(Json.parseObject(all.get(i)))));
            }
            out.write(']');
        }
    }

    private static void send(HttpExchange exchange, SimResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(response.status(), response.body().length);
        exchange.getResponseBody().write(response.body());
    }
}
