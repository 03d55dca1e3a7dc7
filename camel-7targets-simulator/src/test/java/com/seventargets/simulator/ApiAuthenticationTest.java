package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiAuthenticationTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final String LIST = "/leads/assistant";

    @Test
    void acceptsIssuedTokenWithUserIdentifier() {
        assertThat(client.call("GET", LIST, null).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesMissingBearerToken() {
        assertInvalidToken(client.raw("GET", LIST, null, "7ts-user-identifier", "test-user"));
    }

    @Test
    void refusesTokenItNeverIssued() {
        assertInvalidToken(client.raw("GET", LIST, null, "Authorization", "Bearer a.b.c",
                "7ts-user-identifier", "test-user"));
    }

    @Test
    void refusesATokenOnceItsLifetimeIsUsedUpAndCountsIt() {
        sim.setTokenLifetime(Duration.ofHours(1));
        String token = client.newToken();
        sim.ageTokens(Duration.ofMinutes(59));
        assertThat(withToken(token).statusCode()).isEqualTo(200);

        sim.ageTokens(Duration.ofMinutes(1));

        HttpResponse<String> response = withToken(token);
        assertInvalidToken(response);
        assertThat(SimClient.json(response).get("message").asText()).contains("expired");
        assertThat(sim.rejectedExpiredTokenCount()).isEqualTo(1);
        assertThat(withToken(client.newToken()).statusCode()).as("tokens issued later are not aged").isEqualTo(200);
    }

    @Test
    void refusesRevokedTokensOnly() {
        String revoked = client.newToken();
        String kept = client.newToken();

        sim.revokeToken(revoked);

        assertInvalidToken(withToken(revoked));
        assertThat(withToken(kept).statusCode()).isEqualTo(200);
        sim.revokeAllTokens();
        assertInvalidToken(withToken(kept));
        assertThat(sim.rejectedExpiredTokenCount()).isZero();
    }

    @Test
    void refusesMissingOrWrongUserIdentifier() {
        String token = client.newToken();

        HttpResponse<String> missing = client.raw("GET", LIST, null, "Authorization", "Bearer " + token);
        HttpResponse<String> wrong = client.raw("GET", LIST, null, "Authorization", "Bearer " + token,
                "7ts-user-identifier", "someone-else");

        for (HttpResponse<String> response : new HttpResponse[] {missing, wrong}) {
            assertThat(response.statusCode()).isEqualTo(401);
            JsonNode body = SimClient.json(response);
            assertThat(body.get("status").asInt()).isEqualTo(401);
            assertThat(body.get("error").asText()).isEqualTo("Unauthorized");
            assertThat(body.toString()).doesNotContain("someone-else");
        }
    }

    private HttpResponse<String> withToken(String token) {
        return client.raw("GET", LIST, null, "Authorization", "Bearer " + token, "7ts-user-identifier", "test-user");
    }

    private static void assertInvalidToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = SimClient.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("error").asText()).isEqualTo("Unauthorized");
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("path").asText()).isEqualTo(LIST);
    }
}
