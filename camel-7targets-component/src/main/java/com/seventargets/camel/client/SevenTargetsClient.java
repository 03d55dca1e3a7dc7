package com.seventargets.camel.client;

import java.io.IOException;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.model.Lead;

/**
 * The 7Targets API as Java calls, made in the calling thread. Implementations get the access token, send the headers
 * the API needs and map JSON; they know nothing of Camel exchanges. A failed call throws one of the component's
 * exceptions ({@link com.seventargets.camel.SevenTargetsApiException},
 * {@link com.seventargets.camel.SevenTargetsAuthenticationException},
 * {@link com.seventargets.camel.SevenTargetsConnectionException}).
 */
public interface SevenTargetsClient {

    /** Gets an access token unless a usable one is cached: proves the credentials and the token endpoint work. */
    void requireToken() throws IOException, SevenTargetsApiException;

    /**
     * What a lead call would send, without sending it: the JSON text of the lead; gets an access token first, as
     * the call would, so that the credentials are proven.
     */
    String preview(Lead lead) throws IOException, SevenTargetsApiException;

    /** {@code POST /leads}. */
    ApiResponse<Lead> createLead(Lead lead) throws IOException, SevenTargetsApiException;

    /** {@code PUT /leads}: the lead is found by id, else by e-mail. */
    ApiResponse<Lead> updateLead(Lead lead) throws IOException, SevenTargetsApiException;

    /** {@code PUT /leads/stop/followup}. */
    ApiResponse<Lead> stopFollowup(Lead lead) throws IOException, SevenTargetsApiException;

    /** {@code GET /leads/assistant}: one page. */
    ApiResponse<AssistantPage> listAssistants(AssistantQuery query) throws IOException, SevenTargetsApiException;
}
