package com.seventargets.camel;

/**
 * What an endpoint does with each message. Each operation belongs to one {@link SevenTargetsResource}.
 */
public enum SevenTargetsOperation {
    /** Create (or assign) a lead: {@code POST /leads}. */
    create,
    /** Update a lead found by id or e-mail: {@code PUT /leads}. */
    update,
    /** Stop the follow-up e-mails of a lead: {@code PUT /leads/stop/followup}. */
    stopFollowup,
    /** List the assistants: {@code GET /leads/assistant}. */
    list
}
