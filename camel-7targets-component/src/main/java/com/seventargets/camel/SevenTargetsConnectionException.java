package com.seventargets.camel;

import java.io.IOException;

/**
 * No answer came from 7Targets (or its token endpoint): it could not be reached, or did not answer in time, after
 * every attempt the retry options allow. It is an {@link IOException}, so handlers for I/O failures catch it.
 */
public class SevenTargetsConnectionException extends IOException {

    private final int attempts;

    public SevenTargetsConnectionException(String description, int attempts, String note, IOException cause) {
        super("7Targets " + description + ": no answer after " + attempts + (attempts == 1 ? " attempt" : " attempts")
              + (note == null ? "" : " (" + note + ")") + ": " + cause, cause);
        this.attempts = attempts;
    }

    /** How many times the request was tried. */
    public int getAttempts() {
        return attempts;
    }
}
