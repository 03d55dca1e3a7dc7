package com.seventargets.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer: status, content type (null for none), body and any extra headers. */
record SimResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json";

    SimResponse {
        headers = Map.copyOf(headers);
    }

    /** A JSON answer. */
    static SimResponse json(int status, JsonNode body) {
        return new SimResponse(status, JSON, Json.bytes(body), Map.of());
    }

    /** A JSON answer already serialized. */
    static SimResponse json(int status, byte[] body) {
        return new SimResponse(status, JSON, body, Map.of());
    }

    /** An answer with exactly this status, content type and body. */
    static SimResponse raw(int status, String contentType, String body) {
        return new SimResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A Spring Boot style error: {@code {"timestamp","status","error","message","path"}}. */
    static SimResponse error(int status, String message, String path) {
        ObjectNode body = Json.object()
                .put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
                .put("status", status)
                .put("error", HttpStatusText.reason(status))
                .put("message", message)
                .put("path", path);
        return json(status, body);
    }

    /** This answer plus one header. */
    SimResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimResponse(status, contentType, body, more);
    }
}
