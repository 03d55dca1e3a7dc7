package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** (c) The floor with the JDK's {@code java.net.http.HttpClient} (HTTP/1.1), a token fetched once, Jackson both ways. */
final class JdkHttpClient implements LeadClient {

    private HttpClient client;
    private Target target;
    private URI leads;
    private String authorization;

    /** The JDK client has no pool limit: {@code connections} is ignored. */
    @Override
    public void start(Target target, int connections) throws Exception {
        this.target = target;
        this.leads = URI.create(target.leadsUrl());
        this.authorization = "Bearer " + AccessTokenFetcher.fetch(target);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public long create(Lead lead) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(leads)
                .header("Authorization", authorization)
                .header("7ts-user-identifier", target.userIdentifier())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(lead)))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("POST /leads answered " + response.statusCode());
        }
        return Json.MAPPER.readValue(response.body(), Lead.class).getId();
    }

    /** Java 17's client has no close: its threads end once it is unreachable. */
    @Override
    public void close() {
        client = null;
    }
}
