package com.seventargets.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small java.net.http client for the simulator's tests: real loopback HTTP, HTTP/1.1. */
final class SimClient {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JSON = "application/json";

    private final SevenTargetsSimulator sim;
    private final HttpClient http;
    private String token;

    SimClient(SevenTargetsSimulator sim) {
        this(sim, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    SimClient(SevenTargetsSimulator sim, HttpClient http) {
        this.sim = sim;
        this.http = http;
    }

    static String basic(String clientId, String clientSecret) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs a form to the token endpoint with these extra header name/value pairs. */
    HttpResponse<String> tokenRequest(String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** A new access token, asked for with HTTP Basic credentials. */
    String newToken() {
        HttpResponse<String> response = tokenRequest("grant_type=client_credentials&scope=leads%2Fpost",
                "Authorization", basic(sim.clientId(), sim.clientSecret()));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request answered " + response.statusCode());
        }
        return json(response).get("access_token").asText();
    }

    /** An API call with a valid token (fetched once per client) and the user identifier. */
    HttpResponse<String> call(String method, String pathAndQuery, String body) {
        return callAs(method, pathAndQuery, body, body == null ? null : JSON);
    }

    /** {@link #call} with this Content-Type (null: none) instead of application/json. */
    HttpResponse<String> callAs(String method, String pathAndQuery, String body, String contentType) {
        if (token == null) {
            token = newToken();
        }
        return send(typedRequest(method, pathAndQuery, body, contentType, "Authorization", "Bearer " + token,
                "7ts-user-identifier", sim.userIdentifier()));
    }

    /** A request with only these header name/value pairs (plus a JSON content type when there is a body). */
    HttpResponse<String> raw(String method, String pathAndQuery, String body, String... headers) {
        return send(request(method, pathAndQuery, body, headers));
    }

    HttpRequest request(String method, String pathAndQuery, String body, String... headers) {
        return typedRequest(method, pathAndQuery, body, body == null ? null : JSON, headers);
    }

    private HttpRequest typedRequest(String method, String pathAndQuery, String body, String contentType,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.build();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
