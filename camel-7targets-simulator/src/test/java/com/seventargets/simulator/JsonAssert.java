package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;

/** Small assertions on simulator answers shared by several tests. */
final class JsonAssert {

    private JsonAssert() {
    }

    static void created(HttpResponse<String> response, long id) {
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(SimClient.json(response).get("id").asLong()).isEqualTo(id);
    }

    /** A Spring Boot style error answer with this status, for this path. */
    static void springError(HttpResponse<String> response, int status, String path) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = SimClient.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isEqualTo(HttpStatusText.reason(status));
        assertThat(body.get("path").asText()).isEqualTo(path);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(Instant.parse(body.get("timestamp").asText())).isBeforeOrEqualTo(Instant.now());
    }
}
