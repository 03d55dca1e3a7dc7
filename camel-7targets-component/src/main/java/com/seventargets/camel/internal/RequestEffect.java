package com.seventargets.camel.internal;

/**
 * What a request does at 7Targets, which decides whether it may be repeated when its answer was lost, and whether a
 * lost answer leaves the outcome unknown.
 */
enum RequestEffect {
    /** Changes nothing (a token request, a listing): repeated freely; a lost answer leaves nothing unknown. */
    READS,
    /** Changes a lead to the same end state however often it is sent (an update, a stop of the follow-up). */
    IDEMPOTENT,
    /** May create a lead (a create): a lost answer is repeated only with {@code retryUncertainCreate}. */
    CREATES;

    boolean isIdempotent() {
        return this != CREATES;
    }

    boolean changesState() {
        return this != READS;
    }
}
