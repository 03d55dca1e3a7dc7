package com.seventargets.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the simulator received since it started or was last reset, as {@code GET /_simulator/stats} answers it.
 *
 * @param requests     requests per endpoint, keyed by method and path as the API document names them
 *                     ({@code "POST /leads"}, {@code "POST /oauth2/token"}, {@code "PUT /leads"},
 *                     {@code "PUT /leads/stop/followup"}, {@code "GET /leads/assistant"}) and {@code "other"} for
 *                     any other method or path; whatever they were answered (faults, 401, 413 included); the admin
 *                     API is not counted
 * @param leads        the leads held now
 * @param tokens       the access tokens issued
 * @param evictedLeads the oldest leads dropped to stay within the cap on leads held
 * @param mostConcurrentRequests the most API requests under way at once, received and not yet answered (latency
 *                     and delays included): how many calls the clients really had in flight
 */
public record SimulatorStats(Map<String, Long> requests, int leads, long tokens, long evictedLeads,
                             int mostConcurrentRequests) {

    public SimulatorStats {
        requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
    }

    /** The requests counted under this key, e.g. {@code "POST /leads"}; 0 for a key that is not counted. */
    public long requests(String methodAndPath) {
        return requests.getOrDefault(methodAndPath, 0L);
    }
}
