package com.seventargets.simulator;

/** A request the API refuses: becomes a Spring Boot style error answer with the given status. */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        // no stack trace: these are expected answers, thrown on the hot path
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
