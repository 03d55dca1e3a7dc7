package com.seventargets.camel.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
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

    /**
     * @param authenticatesToProxy whether the client has proxy credentials: the proxy's challenge is then answered
     *                             once, and every later request authenticates at once instead of being refused first
     */
    public HttpTransport(CloseableHttpClient client, boolean authenticatesToProxy) {
        this.client = client;
        this.proxyAuthentication = authenticatesToProxy ? new BasicAuthCache() : null;
    }

    /** Sends in this thread and waits for the whole answer. */
    public RawResponse send(ClassicHttpRequest request) throws IOException {
        if (proxyAuthentication == null) {
            return client.execute(request, HttpTransport::read);
        }
        HttpClientContext context = HttpClientContext.create();
        context.setAuthCache(proxyAuthentication);
        return client.execute(request, context, HttpTransport::read);
    }

    private static RawResponse read(ClassicHttpResponse response) throws IOException {
        return new RawResponse(response.getCode(), response.getReasonPhrase(), response.getHeaders(),
                readBody(response.getEntity()));
    }

    /** The body in an array of its own length, when it is announced (EntityUtils would use 8 KB for it). */
    private static byte[] readBody(HttpEntity entity) throws IOException {
        if (entity == null) {
            return NO_BODY;
        }
        long length = entity.getContentLength();
        try (InputStream content = entity.getContent()) {
            if (content == null) {
                return NO_BODY;
            }
            return length >= 0 && length < Integer.MAX_VALUE ? content.readNBytes((int) length) : content.readAllBytes();
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
