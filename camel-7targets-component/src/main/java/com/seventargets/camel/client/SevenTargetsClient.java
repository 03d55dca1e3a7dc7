package com.seventargets.camel.client;

import java.io.IOException;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.model.Lead;

/**
 * The 7Targets API as Java calls. Implementations get the access token, send the headers the API needs and map
 * JSON; they know nothing of Camel exchanges.
 */
public interface SevenTargetsClient {

    /** Gets an access token unless a usable one is cached: proves the credentials and the token endpoint work. */
    void requireToken() throws IOException, SevenTargetsApiException;

    /** {@code POST /leads}. */
    ApiResponse<Lead> createLead(Lead lead) throws IOException, SevenTargetsApiException;

    /** {@code PUT /leads}: the lead is found by id, else by e-mail. */
    ApiResponse<Lead> updateLead(Lead lead) throws IOException, SevenTargetsApiException;

    /** {@code PUT /leads/stop/followup}. */
    ApiResponse<Lead> stopFollowup(Lead lead) throws IOException, SevenTargetsApiException;

    /** {@code GET /leads/assistant}: one page. */
    ApiResponse<AssistantPage> listAssistants(AssistantQuery query) throws IOException, SevenTargetsApiException;
}
