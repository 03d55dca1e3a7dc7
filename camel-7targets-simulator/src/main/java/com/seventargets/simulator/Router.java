package com.seventargets.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the handler for a path and method (404, 405 otherwise) and puts API calls through authentication. */
final class Router {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private record Route(boolean authenticated, Map<String, Function<SimRequest, SimResponse>> byMethod) {
    }

    private final Map<String, Route> routes;
    private final ApiAuthenticator authenticator;

    Router(TokenEndpoint token, LeadsApi leads, AssistantsApi assistants, ApiAuthenticator authenticator) {
        this.authenticator = authenticator;
        this.routes = Map.of(
                TokenEndpoint.PATH, new Route(false, methods(Map.of("POST", token::handle))),
                LeadsApi.PATH, new Route(true, methods(Map.of("POST", leads::create, "PUT", leads::update))),
                LeadsApi.STOP_FOLLOWUP_PATH, new Route(true, methods(Map.of("PUT", leads::stopFollowup))),
                AssistantsApi.PATH, new Route(true, methods(Map.of("GET", assistants::list))));
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
            SimResponse denied = route.authenticated() ? authenticator.check(request) : null;
            return denied != null ? denied : handler.apply(request);
        } catch (ApiException e) {
            return SimResponse.error(e.status(), e.getMessage(), path);
        } catch (RuntimeException e) {
            LOG.warn("Simulator failed on {} {}", request.method(), path, e);
            return SimResponse.error(500, "Simulator error: " + e.getClass().getSimpleName(), path);
        }
    }

    private static Map<String, Function<SimRequest, SimResponse>> methods(
            Map<String, Function<SimRequest, SimResponse>> byMethod) {
        return new TreeMap<>(byMethod);
    }
}
