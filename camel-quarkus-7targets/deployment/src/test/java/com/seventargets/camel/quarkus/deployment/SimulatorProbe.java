package com.seventargets.camel.quarkus.deployment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.seventargets.camel.quarkus.SimulatorSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Asks the simulator the application is configured for, over its own API and without the component, whether it
 * holds a lead: {@code PUT /leads} with only the e-mail answers 200 for a lead it holds, 404 otherwise.
 */
final class SimulatorProbe {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();
    private final Config config = ConfigProvider.getConfig();

    int leadStatus(String email) throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create(value(SimulatorSettings.BASE_URL) + "/leads"))
                .header("Authorization", "Bearer " + token())
                .header("7ts-user-identifier", value(SimulatorSettings.USER_IDENTIFIER))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}"))
                .build();
        return http.send(update, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString((value(SimulatorSettings.CLIENT_ID) + ":"
                                                           + value(SimulatorSettings.CLIENT_SECRET))
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(value(SimulatorSettings.TOKEN_URL)))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        Matcher token = TOKEN.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        if (!token.find()) {
            throw new IllegalStateException("the simulator gave no token");
        }
        return token.group(1);
    }

    private String value(String property) {
        return config.getValue(property, String.class);
    }
}
