package com.seventargets.simulator;

import java.time.Duration;
import java.util.Map;

/** What a fault rule does to a request it matches. */
sealed interface FaultAction {

    /** Answer with this status instead of handling the request. */
    record Respond(int status, Map<String, String> headers, String contentType, String rawBody)
            implements FaultAction {

        /** The answer: the raw body as given, else a Spring Boot style error naming the path. */
        SimResponse toResponse(String path) {
            if (rawBody != null) {
                return SimResponse.raw(status, contentType, rawBody);
            }
            SimResponse response = SimResponse.error(status, "Simulated fault", path);
            for (Map.Entry<String, String> header : headers.entrySet()) {
                response = response.withHeader(header.getKey(), header.getValue());
            }
            return response;
        }
    }

    /** Wait this long, then handle the request normally. */
    record Delay(Duration duration) implements FaultAction {
    }

    /** Wait until this many requests have been under way at once (or at most this long), then handle it normally. */
    record HoldUntilUnderWay(int requests, Duration atMost) implements FaultAction {
    }

    /** Close the TCP connection without sending any response. */
    record Drop() implements FaultAction {
    }

    /** Handle the request (a create stores its lead), then close the connection without sending the answer. */
    record DropAfterHandling() implements FaultAction {
    }
}
