package com.seventargets.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the handler for a path and method (404, 405 otherwise) and puts API calls through authentication. */
final class Router {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** What a Spring server's Jackson converter reads: {@code application/json} and {@code application/*+json}. */
    private static final String JSON_TYPES = "application/json, application/*+json";

    private record Route(boolean authenticated, boolean jsonBody,
            Map<String, Function<SimRequest, SimResponse>> byMethod) {
    }

    private final Map<String, Route> routes;
    private final ApiAuthenticator authenticator;

    Router(TokenEndpoint token, LeadsApi leads, AssistantsApi assistants, ApiAuthenticator authenticator) {
        this.authenticator = authenticator;
        this.routes = Map.of(
                TokenEndpoint.PATH, new Route(false, false, methods(Map.of("POST", token::handle))),
                LeadsApi.PATH, new Route(true, true, methods(Map.of("POST", leads::create, "PUT", leads::update))),
                LeadsApi.STOP_FOLLOWUP_PATH, new Route(true, true, methods(Map.of("PUT", leads::stopFollowup))),
                AssistantsApi.PATH, new Route(true, false, methods(Map.of("GET", assistants::list))));
    }

    /** Each endpoint as "METHOD path", e.g. {@code "POST /leads"}, the token endpoint first. */
    List<String> endpoints() {
        List<String> endpoints = new ArrayList<>();
        Stream.of(TokenEndpoint.PATH, LeadsApi.PATH, LeadsApi.STOP_FOLLOWUP_PATH, AssistantsApi.PATH).forEach(path ->
                routes.get(path).byMethod().keySet().forEach(method -> endpoints.add(method + " " + path)));
        return endpoints;
    }

    SimResponse route(SimRequest request) {
        String path = request.path();
        Route route = routes.get(path);
        if (route == null) {
            return SimResponse.error(404, "No endpoint " + request.method() + " " + path, path);
        }
        Function<SimRequest, SimResponse> handler = route.byMethod().get(request.method());
        if (handler == null) {
            return SimResponse.error(405, "Request method '" + request.method() + "' is not supported", path)
                    .withHeader("Allow", String.join(", ", route.byMethod().keySet()));
        }
        try {
            // as in Spring: security first, then the body's media type, then the handler
            SimResponse denied = route.authenticated() ? authenticator.check(request) : null;
            if (denied == null && route.jsonBody()) {
                denied = unsupportedMediaType(request);
            }
            return denied != null ? denied : handler.apply(request);
        } catch (ApiException e) {
            return SimResponse.error(e.status(), e.getMessage(), path);
        } catch (RuntimeException e) {
            LOG.warn("Simulator failed on {} {}", request.method(), path, e);
            return SimResponse.error(500, "Simulator error: " + e.getClass().getSimpleName(), path);
        }
    }

    /** Spring's 415 for a body that is not JSON (no Content-Type counts as application/octet-stream), else null. */
    private static SimResponse unsupportedMediaType(SimRequest request) {
        String contentType = request.header("Content-Type");
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json")) {
            return null;
        }
        String shown = contentType == null ? "application/octet-stream" : contentType;
        return SimResponse.error(415, "Content-Type '" + shown + "' is not supported", request.path())
                .withHeader("Accept", JSON_TYPES);
    }

    private static Map<String, Function<SimRequest, SimResponse>> methods(
            Map<String, Function<SimRequest, SimResponse>> byMethod) {
        return new TreeMap<>(byMethod);
    }
}
