package com.seventargets.camel.client;

import java.io.Closeable;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.io.CloseMode;

/**
 * Sends requests on a pooled Apache HttpClient 5 async client and reads whole answers, without a thread per call.
 * One per set of {@link TransportSettings}, shared by every endpoint that has those settings.
 */
public final class HttpTransport implements Closeable {

    private static final byte[] NO_BODY = new byte[0];

    private final CloseableHttpAsyncClient httpClient;

    public HttpTransport(CloseableHttpAsyncClient httpClient) {
        this.httpClient = httpClient;
        httpClient.start();
    }

    /**
     * The answer, completed on one of HttpClient's I/O threads; or the I/O failure.
     */
    public CompletableFuture<RawResponse> send(SimpleHttpRequest request) {
        CompletableFuture<RawResponse> answer = new CompletableFuture<>();
        httpClient.execute(request, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                answer.complete(toRaw(response));
            }

            @Override
            public void failed(Exception failure) {
                answer.completeExceptionally(failure);
            }

            @Override
            public void cancelled() {
                answer.completeExceptionally(new InterruptedIOException("The 7Targets call was cancelled"));
            }
        });
        return answer;
    }

    private static RawResponse toRaw(SimpleHttpResponse response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.put(header.getName(), header.getValue());
        }
        byte[] body = response.getBodyBytes();
        return new RawResponse(response.getCode(), response.getReasonPhrase(), headers, body == null ? NO_BODY : body);
    }

    @Override
    public void close() {
        httpClient.close(CloseMode.GRACEFUL);
    }
}
