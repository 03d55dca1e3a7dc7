package com.seventargets.camel.quarkus.devui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a 7Targets simulator received from its admin API ({@code GET /_simulator/leads}, {@code GET
 * /_simulator/stats}), which needs no credentials. Holds at most the number of leads asked for, whatever the
 * simulator holds.
 */
public final class SimulatorAdminClient {

    static final String LEADS = "/_simulator/leads";
    static final String STATS = "/_simulator/stats";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> LEAD = new TypeReference<>() {
    };

    private final String url;
    private final HttpClient http;

    /**
     * @param url  the simulator's URL, for example {@code http://127.0.0.1:8787} (its API base URL)
     * @param http the client to read it with, see {@link #newHttpClient()}
     */
    public SimulatorAdminClient(String url, HttpClient http) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.http = http;
    }

    /** A client that gives up connecting after 2 s. */
    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** The simulator's URL. */
    public String url() {
        return url;
    }

    /** The URL of the simulator's figures: requests per endpoint, leads held, tokens issued. */
    public String statsUrl() {
        return url + STATS;
    }

    /** How many leads the simulator holds now. */
    public long leadCount() throws IOException, InterruptedException {
        try (InputStream body = get(STATS)) {
            JsonNode leads = JSON.readTree(body).get("leads");
            if (leads == null || !leads.canConvertToLong()) {
                throw new IOException("The 7Targets simulator at " + url + " answered GET " + STATS
                                      + " without a number of leads");
            }
            return leads.asLong();
        }
    }

    /**
     * The leads the simulator holds: how many, and the newest {@code limit} of them, newest first, each as the
     * 7Targets API answers it plus the e-mail of its assistant. The answer is read as a stream: only {@code limit}
     * leads are kept in memory.
     */
    public ReceivedLeads leads(int limit) throws IOException, InterruptedException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        try (InputStream body = get(LEADS); JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("The 7Targets simulator at " + url + " answered GET " + LEADS + " with no JSON array");
            }
            Deque<Map<String, Object>> newest = new ArrayDeque<>(limit);
            long held = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                held++;
                if (newest.size() == limit) {
                    newest.removeFirst();
                }
                newest.addLast(parser.readValueAs(LEAD));
            }
            List<Map<String, Object>> newestFirst = new ArrayList<>(newest);
            Collections.reverse(newestFirst);
            return new ReceivedLeads(url, held, newestFirst);
        }
    }

    private InputStream get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(ANSWER_TIMEOUT).GET().build();
        HttpResponse<InputStream> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IOException("The 7Targets simulator at " + url + " did not answer GET " + path + ": " + e, e);
        }
        if (answer.statusCode() != 200) {
            answer.body().close();
            throw new IOException("The 7Targets simulator at " + url + " answered GET " + path + " with "
                                  + answer.statusCode() + " (is it a simulator, with its admin API?)");
        }
        return answer.body();
    }

    /**
     * What the simulator received.
     *
     * @param simulatorUrl the simulator's URL
     * @param held         how many leads it holds
     * @param newest       the newest of them, newest first
     */
    public record ReceivedLeads(String simulatorUrl, long held, List<Map<String, Object>> newest) {
    }
}
