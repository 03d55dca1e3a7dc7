package com.seventargets.camel.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.io.CloseMode;

/**
 * Sends requests on a pooled Apache HttpClient 5 classic client, in the calling thread, and reads whole answers.
 * One per set of {@link TransportSettings}, shared by every endpoint that has those settings; its connection pool
 * is the component's one concurrency limit.
 */
final class HttpTransport implements Closeable {

    private static final byte[] NO_BODY = new byte[0];

    private final CloseableHttpClient client;
    private final AuthCache proxyAuthentication;
    private final int maxResponseSize;
    private final ScheduledExecutorService deadlineTimer;

    /**
     * @param authenticatesToProxy whether the client has proxy credentials: the proxy's challenge is then answered
     *                             once, and every later request authenticates at once instead of being refused first
     * @param maxResponseSize      the most bytes of a body read; a longer one fails the call
     * @param deadlineTimer        cuts off a request when its call's deadline passes
     */
    public HttpTransport(CloseableHttpClient client, boolean authenticatesToProxy, int maxResponseSize,
                         ScheduledExecutorService deadlineTimer) {
        this.client = client;
        this.proxyAuthentication = authenticatesToProxy ? new BasicAuthCache() : null;
        this.maxResponseSize = maxResponseSize;
        this.deadlineTimer = deadlineTimer;
    }

    /**
     * Sends in this thread and waits for the whole answer, or until the deadline: then the request is aborted from
     * a timer, whatever it waits for (a pooled connection, the connection, an answer that trickles in byte by byte:
     * per-read timeouts do not bound that).
     *
     * @throws ResponseTooLargeException when the answer's body, a header line or the number of headers is over its
     *                                   limit
     * @throws CallDeadline.Passed       when the deadline passed first
     */
    public RawResponse send(HttpUriRequestBase request, CallDeadline deadline) throws IOException {
        long nanosLeft = deadline.nanosLeft();
        if (nanosLeft <= 0) {
            throw deadline.passed("before " + urlOf(request) + " was asked", false);
        }
        ScheduledFuture<?> cutOff = deadlineTimer.schedule(request::cancel, nanosLeft, TimeUnit.NANOSECONDS);
        try {
            return send(request);
        } catch (IOException e) {
            if (request.isCancelled()) {
                CallDeadline.Passed passed = deadline.passed("while " + urlOf(request) + " was asked", true);
                passed.initCause(e);
                throw passed;
            }
            throw e;
        } finally {
            cutOff.cancel(false);
        }
    }

    private RawResponse send(ClassicHttpRequest request) throws IOException {
        try {
            if (proxyAuthentication == null) {
                return client.execute(request, response -> read(request, response));
            }
            HttpClientContext context = HttpClientContext.create();
            context.setAuthCache(proxyAuthentication);
            return client.execute(request, context, response -> read(request, response));
        } catch (MessageConstraintException e) {
            throw new ResponseTooLargeException("The answer of " + urlOf(request) + " has a header line over "
                                                + UnloggedConnections.MAX_LINE_LENGTH + " characters or more than "
                                                + UnloggedConnections.MAX_HEADER_COUNT + " headers (" + e.getMessage()
                                                + ")");
        }
    }

    private RawResponse read(ClassicHttpRequest request, ClassicHttpResponse response) throws IOException {
        return new RawResponse(response.getCode(), response.getReasonPhrase(), response.getHeaders(),
                readBody(request, response.getEntity()));
    }

    /**
     * The body in an array of its own length, when it is announced (EntityUtils would use 8 KB for it); at most
     * {@link #maxResponseSize} bytes are read.
     */
    private byte[] readBody(ClassicHttpRequest request, HttpEntity entity) throws IOException {
        if (entity == null) {
            return NO_BODY;
        }
        long length = entity.getContentLength();
        InputStream content = entity.getContent();
        if (content == null) {
            return NO_BODY;
        }
        try (content) {
            // one byte over the limit tells a body over it; the largest array a JVM makes bounds the limit itself
            int toRead = length >= 0 ? (int) length : (int) Math.min(maxResponseSize + 1L, Integer.MAX_VALUE - 8);
            byte[] body = length > maxResponseSize ? null : content.readNBytes(toRead);
            if (body == null || body.length > maxResponseSize) {
                // closing would read the rest of the body first, and an endless one never ends
                if (content instanceof EofSensorInputStream connection) {
                    connection.abort();
                }
                throw new ResponseTooLargeException("The answer of " + urlOf(request) + " is over " + maxResponseSize
                                                    + " bytes (option maxResponseSize)");
            }
            return body;
        }
    }

    /** The URL without its query: a search string is the caller's data, not needed to name the server. */
    private static String urlOf(ClassicHttpRequest request) {
        try {
            URI uri = request.getUri();
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return request.getRequestUri();
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
