package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenEndpointTest extends SimulatorClientTest {

    @RegisterExtension
    static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Test
    void issuesBearerTokenForBasicCredentials() {
        HttpResponse<String> response = client.tokenRequest("grant_type=client_credentials&scope=leads%2Fpost",
                "Authorization", SimClient.basic("test-client", "test-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = SimClient.json(response);
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.get("access_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(sim.issuedTokens()).containsExactly(body.get("access_token").asText());
    }

    @Test
    void issuesTokenForFormCredentialsWithoutScope() {
        HttpResponse<String> response = client.tokenRequest(
                "grant_type=client_credentials&client_id=test-client&client_secret=test-secret");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(SimClient.json(response).get("access_token").asText()).isNotBlank();
    }

    @Test
    void issuesADistinctTokenEachCallAndCountsEveryRequest() {
        String first = client.newToken();
        String second = client.newToken();
        client.tokenRequest("grant_type=client_credentials");

        assertThat(first).isNotEqualTo(second);
        assertThat(sim.issuedTokens()).containsExactly(first, second);
        assertThat(sim.tokenRequestCount()).isEqualTo(3);
    }

    @Test
    void refusesMissingGrantTypeAsInvalidRequest() {
        assertError(client.tokenRequest("scope=leads%2Fpost", "Authorization", basic()), "invalid_request");
    }

    @Test
    void refusesOtherGrantTypes() {
        assertError(client.tokenRequest("grant_type=password", "Authorization", basic()), "unsupported_grant_type");
    }

    @Test
    void refusesWrongSecretWrongIdAndMissingCredentials() {
        assertError(client.tokenRequest("grant_type=client_credentials", "Authorization",
                SimClient.basic("test-client", "nope")), "invalid_client");
        assertError(client.tokenRequest("grant_type=client_credentials", "Authorization",
                SimClient.basic("other", "test-secret")), "invalid_client");
        assertError(client.tokenRequest("grant_type=client_credentials&client_id=test-client"), "invalid_client");
        assertError(client.tokenRequest("grant_type=client_credentials"), "invalid_client");
        assertError(client.tokenRequest("grant_type=client_credentials", "Authorization", "Basic !!!"),
                "invalid_client");
        assertThat(sim.issuedTokens()).isEmpty();
    }

    @Test
    void refusesScopeTheClientIsNotAllowed() {
        assertError(client.tokenRequest("grant_type=client_credentials&scope=leads%2Fpost+leads%2Fdelete",
                "Authorization", basic()), "invalid_scope");
    }

    @Test
    void refusesOtherMethodsWith405() {
        HttpResponse<String> response = client.raw("GET", "/oauth2/token", null);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(sim.tokenRequestCount()).isZero();
    }

    @Test
    void roundsSubSecondLifetimesDownToAtLeastOneSecond() {
        sim.setTokenLifetime(Duration.ofMillis(1500));
        HttpResponse<String> response = client.tokenRequest("grant_type=client_credentials", "Authorization", basic());
        assertThat(SimClient.json(response).get("expires_in").asLong()).isEqualTo(1);

        sim.setTokenLifetime(Duration.ofMillis(200));
        response = client.tokenRequest("grant_type=client_credentials", "Authorization", basic());
        assertThat(SimClient.json(response).get("expires_in").asLong()).isEqualTo(1);
    }

    @Test
    void honoursCustomAllowedScopes() {
        try (SevenTargetsSimulator custom = SevenTargetsSimulator.builder()
                .clientId("id").clientSecret("secret").allowedScopes("leads/post", "leads/read").build().start()) {
            SimClient customClient = new SimClient(custom);
            HttpResponse<String> response = customClient.tokenRequest(
                    "grant_type=client_credentials&scope=leads%2Fread", "Authorization", SimClient.basic("id", "secret"));
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    private String basic() {
        return SimClient.basic(sim.clientId(), sim.clientSecret());
    }

    private static void assertError(HttpResponse<String> response, String error) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(SimClient.json(response).get("error").asText()).isEqualTo(error);
    }
}
