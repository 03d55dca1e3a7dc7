package com.seventargets.camel.client;

import java.util.concurrent.CompletableFuture;

import com.seventargets.camel.model.Lead;

/**
 * The 7Targets API as Java calls that do not block. Implementations get the access token, send the headers the API
 * needs and map JSON; they know nothing of Camel exchanges. A failed call completes with one of the component's
 * exceptions ({@link com.seventargets.camel.SevenTargetsApiException},
 * {@link com.seventargets.camel.SevenTargetsAuthenticationException},
 * {@link com.seventargets.camel.SevenTargetsConnectionException}).
 */
public interface SevenTargetsClient {

    /** Gets an access token unless a usable one is cached: proves the credentials and the token endpoint work. */
    CompletableFuture<Void> requireToken();

    /** {@code POST /leads}. */
    CompletableFuture<ApiResponse<Lead>> createLead(Lead lead);

    /** {@code PUT /leads}: the lead is found by id, else by e-mail. */
    CompletableFuture<ApiResponse<Lead>> updateLead(Lead lead);

    /** {@code PUT /leads/stop/followup}. */
    CompletableFuture<ApiResponse<Lead>> stopFollowup(Lead lead);

    /** {@code GET /leads/assistant}: one page. */
    CompletableFuture<ApiResponse<AssistantPage>> listAssistants(AssistantQuery query);
}
