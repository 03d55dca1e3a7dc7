package com.seventargets.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request with a body of at most {@code maxBodySize} bytes. A larger body is never held: it is read and
 * discarded up to {@value #DISCARD_AT_MOST} bytes, so that the client, which sends its whole body before reading the
 * answer, gets its 413 rather than a reset connection; beyond that it is not read at all.
 */
final class RequestReader {

    static final int DISCARD_AT_MOST = 16 * 1024 * 1024;

    private final int maxBodySize;

    RequestReader(int maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    int maxBodySize() {
        return maxBodySize;
    }

    SimRequest read(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        long declared = declaredLength(exchange.getRequestHeaders().getFirst("Content-Length"));
        InputStream in = exchange.getRequestBody();
        byte[] body = declared > maxBodySize ? null : in.readNBytes(maxBodySize);
        boolean tooLarge = body == null || in.read() >= 0;
        if (tooLarge) {
            discard(in, declared);
        }
        return new SimRequest(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(),
                exchange.getRequestHeaders(), tooLarge ? "" : new String(body, StandardCharsets.UTF_8), tooLarge);
    }

    /** Reads the rest of an over-large body into nothing, unless it is declared longer than we would read. */
    private static void discard(InputStream in, long declared) throws IOException {
        if (declared > DISCARD_AT_MOST) {
            return; // the answer says Connection: close, and the JDK server closes the connection
        }
        byte[] nothing = new byte[8192];
        long left = DISCARD_AT_MOST;
        int read;
        while (left > 0 && (read = in.read(nothing, 0, (int) Math.min(nothing.length, left))) >= 0) {
            left -= read;
        }
    }

    /** The Content-Length as a number, or -1 when absent or not a number (the JDK server refuses those anyway). */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
