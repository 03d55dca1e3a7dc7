package com.seventargets.camel;

import java.io.IOException;

/**
 * No answer came from 7Targets (or its token endpoint): it could not be reached, or did not answer in time, after
 * every attempt the retry options allow. It is an {@link IOException}, so handlers for I/O failures catch it.
 */
public class SevenTargetsConnectionException extends IOException implements SevenTargetsCallFailure {

    private final int attempts;
    private final boolean outcomeUnknown;

    /**
     * @param outcomeUnknown whether the last attempt may have reached 7Targets (its answer was lost)
     */
    public SevenTargetsConnectionException(String description, int attempts, String note, IOException cause,
                                           boolean outcomeUnknown) {
        super("7Targets " + description + ": no answer after " + attempts + (attempts == 1 ? " attempt" : " attempts")
              + (note == null ? "" : " (" + note + ")") + (outcomeUnknown ? ", and it may have been done" : "")
              + ": " + cause, cause);
        this.attempts = attempts;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * True after a read timeout or a connection closed after sending; false when the request surely was not sent,
     * and for the token request, which changes nothing.
     */
    @Override
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    @Override
    public int getAttempts() {
        return attempts;
    }
}
