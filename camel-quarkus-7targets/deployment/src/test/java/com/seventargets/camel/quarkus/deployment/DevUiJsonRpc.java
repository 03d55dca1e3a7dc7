package com.seventargets.camel.quarkus.deployment;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the Dev UI's JSON-RPC methods as its pages do, over its WebSocket, one call at a time, and keeps everything
 * the Dev UI sent so that a test can check what a browser would have been given.
 */
final class DevUiJsonRpc implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringBuffer received = new StringBuffer();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private volatile int id;
    private volatile CompletableFuture<JsonNode> answer;

    DevUiJsonRpc(String devUiUrl) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(devUiUrl.replaceFirst("^http", "ws") + "/json-rpc-ws"), new Listener())
                .get(30, TimeUnit.SECONDS);
    }

    /** The result of a method without parameters; an AssertionError with the Dev UI's error if it failed. */
    JsonNode call(String method) throws Exception {
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        answer = response;
        id++;
        socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{}}", true)
                .get(30, TimeUnit.SECONDS);
        JsonNode message = response.get(60, TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new AssertionError(method + " answered " + message.get("error"));
        }
        JsonNode result = message.get("result");
        // the Dev UI wraps a method's answer with its type
        return result.has("object") ? result.get("object") : result;
    }

    /** Everything the Dev UI sent over this connection. */
    String received() {
        return received.toString();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received.append(text).append('\n');
                JsonNode message = parse(text);
                // the Dev UI also pushes messages of its own: only the answer to the call under way completes it
                if (message.path("id").asInt(-1) == id) {
                    answer.complete(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        private JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
