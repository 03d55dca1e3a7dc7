package com.seventargets.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Fetches one access token (client credentials, Basic auth), for the hand-written clients that cache it forever. */
final class AccessTokenFetcher {

    private AccessTokenFetcher() {
    }

    static String fetch(Target target) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(
                (target.clientId() + ":" + target.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.tokenUrl()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=leads%2Fpost"))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        return (String) Json.read(response.body(), Map.class).get("access_token");
    }
}
