package com.seventargets.camel.client;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.apache.hc.client5.http.async.methods.SimpleBody;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.io.CloseMode;

/**
 * Sends requests on pooled Apache HttpClient 5 clients and reads whole answers: on the async client, without a
 * thread per call, or, for a synchronous producer, on the classic client in the caller's thread. One per set of
 * {@link TransportSettings}, shared by every endpoint that has those settings.
 */
public final class HttpTransport implements Closeable {

    private static final byte[] NO_BODY = new byte[0];

    private final CloseableHttpAsyncClient asyncClient;
    private final CloseableHttpClient classicClient;

    public HttpTransport(CloseableHttpAsyncClient asyncClient, CloseableHttpClient classicClient) {
        this.asyncClient = asyncClient;
        this.classicClient = classicClient;
        asyncClient.start();
    }

    /**
     * The answer, completed on one of HttpClient's I/O threads; or the I/O failure.
     */
    public CompletableFuture<RawResponse> send(SimpleHttpRequest request) {
        CompletableFuture<RawResponse> answer = new CompletableFuture<>();
        asyncClient.execute(request, new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                answer.complete(toRaw(response, response.getBodyBytes()));
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

    /**
     * Sends in this thread and waits for the answer: the future is complete when this returns. Never to be called on
     * an I/O thread.
     */
    public CompletableFuture<RawResponse> sendInThisThread(SimpleHttpRequest request) {
        BasicClassicHttpRequest classic = new BasicClassicHttpRequest(
                request.getMethod(), request.getScheme(), request.getAuthority(), request.getPath());
        classic.setHeaders(request.getHeaders());
        SimpleBody body = request.getBody();
        if (body != null) {
            classic.setEntity(new ByteArrayEntity(body.getBodyBytes(), body.getContentType()));
        }
        try {
            return CompletableFuture.completedFuture(classicClient.execute(classic, HttpTransport::read));
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static RawResponse read(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        return toRaw(response, entity == null ? null : EntityUtils.toByteArray(entity));
    }

    private static RawResponse toRaw(HttpResponse response, byte[] body) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : response.getHeaders()) {
            headers.put(header.getName(), header.getValue());
        }
        return new RawResponse(response.getCode(), response.getReasonPhrase(), headers, body == null ? NO_BODY : body);
    }

    @Override
    public void close() {
        asyncClient.close(CloseMode.GRACEFUL);
        classicClient.close(CloseMode.GRACEFUL);
    }
}
