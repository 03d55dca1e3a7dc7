package com.seventargets.camel;

/**
 * A call that was sent to 7Targets (or its token endpoint) and failed: how often it was tried, and whether it may
 * have been carried out all the same. A route can tell a create to check from one to redeliver.
 */
public interface SevenTargetsCallFailure {

    /** How many times the request was sent, retries included. */
    int getAttempts();

    /**
     * Whether the request may have reached 7Targets and been carried out, its answer lost: a create may have
     * created the lead, and redelivering it could create a second one.
     */
    boolean isOutcomeUnknown();
}
