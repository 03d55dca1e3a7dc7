package com.seventargets.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Sends a request on a pooled Apache HttpClient 5 and reads the whole answer. One per set of
 * {@link TransportSettings}, shared by every endpoint that has those settings.
 */
public final class HttpTransport implements Closeable {

    private static final byte[] NO_BODY = new byte[0];

    private final CloseableHttpClient httpClient;

    public HttpTransport(CloseableHttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public RawResponse send(HttpUriRequestBase request) throws IOException {
        return httpClient.execute(request, response -> {
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Header header : response.getHeaders()) {
                headers.put(header.getName(), header.getValue());
            }
            byte[] body = response.getEntity() == null ? NO_BODY : EntityUtils.toByteArray(response.getEntity());
            return new RawResponse(response.getCode(), response.getReasonPhrase(), headers, body);
        });
    }

    @Override
    public void close() throws IOException {
        httpClient.close();
    }
}
