package com.seventargets.camel.internal;

import java.io.IOException;

/**
 * An answer over a limit: its body over {@code maxResponseSize}, a header line too long, or too many headers. It was
 * not read to its end, and is not asked for again.
 */
final class ResponseTooLargeException extends IOException {

    ResponseTooLargeException(String message) {
        super(message);
    }
}
