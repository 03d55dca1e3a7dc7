package com.seventargets.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;

/**
 * Sends requests on a pooled Apache HttpClient 5 classic client, in the calling thread, and reads whole answers.
 * One per set of {@link TransportSettings}, shared by every endpoint that has those settings; its connection pool
 * is the component's one concurrency limit.
 */
public final class HttpTransport implements Closeable {

    private static final byte[] NO_BODY = new byte[0];

    private final CloseableHttpClient client;

    public HttpTransport(CloseableHttpClient client) {
        this.client = client;
    }

    /** Sends in this thread and waits for the whole answer. */
    public RawResponse send(ClassicHttpRequest request) throws IOException {
        return client.execute(request, HttpTransport::read);
    }

    private static RawResponse read(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = entity == null ? null : EntityUtils.toByteArray(entity);
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.put(header.getName(), header.getValue());
        }
        return new RawResponse(response.getCode(), response.getReasonPhrase(), headers, body == null ? NO_BODY : body);
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
