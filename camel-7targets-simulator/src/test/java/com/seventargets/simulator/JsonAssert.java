package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Small assertions on simulator answers shared by several tests. */
final class JsonAssert {

    private JsonAssert() {
    }

    static void created(HttpResponse<String> response, long id) {
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(SimClient.json(response).get("id").asLong()).isEqualTo(id);
    }
}
