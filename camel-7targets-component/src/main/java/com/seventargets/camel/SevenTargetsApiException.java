package com.seventargets.camel;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * 7Targets (or its token endpoint) answered with a status that is not a success, or with a body that is not what
 * the operation returns. It is a camel-http {@link HttpOperationFailedException}, so {@code onException} handlers
 * written for camel-http catch it too.
 */
public class SevenTargetsApiException extends HttpOperationFailedException implements SevenTargetsCallFailure {

    private static final int BODY_EXCERPT = 500;
    /** Its own reader: the exceptions depend on nothing else of the component. */
    private static final ObjectReader JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().reader();

    private final String operation;
    private final int attempts;
    private final boolean outcomeUnknown;
    private final String apiMessage;
    private final String message;

    /**
     * @param reason         why the answer fails the call beyond its status (a body that is not what the operation
     *                       returns, a wait too long to make), or null
     * @param outcomeUnknown whether the call may have been carried out all the same: an earlier attempt's answer was
     *                       lost, or a success's body cannot be read
     */
    public SevenTargetsApiException(String operation, String method, String uri, int statusCode, String statusText,
                                    Map<String, String> responseHeaders, String responseBody, int attempts,
                                    String reason, boolean outcomeUnknown) {
        super(uri, statusCode, statusText, null, responseHeaders, responseBody);
        this.operation = operation;
        this.attempts = attempts;
        this.outcomeUnknown = outcomeUnknown;
        this.apiMessage = apiMessageOf(responseBody);
        this.message = "7Targets " + operation + " failed: " + method + " " + uri + " answered HTTP " + statusCode
                       + (statusText == null || statusText.isEmpty() ? "" : " " + statusText)
                       + (attempts > 1 ? " after " + attempts + " attempts" : "")
                       + (reason == null ? "" : ", " + reason)
                       // 7Targets' own words, or else the start of its answer
                       + (apiMessage != null ? ": " + apiMessage : excerpt(responseBody));
    }

    /** The {@code message} of a JSON error answer (Spring Boot's error body, which 7Targets sends), or null. */
    private static String apiMessageOf(String body) {
        if (body == null || !body.startsWith("{")) {
            return null;
        }
        try {
            JsonNode message = JSON.readTree(body).get("message");
            return message != null && message.isTextual() && !message.asText().isBlank() ? message.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "..." : body;
        return ": " + text;
    }

    /**
     * The operation that failed: {@code create}, {@code update}, {@code stopFollowup}, {@code list} or
     * {@code token}.
     */
    public String getOperation() {
        return operation;
    }

    /**
     * What 7Targets said went wrong: the {@code message} field of its JSON error answer, such as
     * {@code No assistant with this assistantEmail}; null when the answer had none.
     */
    public String getApiMessage() {
        return apiMessage;
    }

    /**
     * How many times the request was sent; more than one when 7Targets answered with a transient status.
     */
    @Override
    public int getAttempts() {
        return attempts;
    }

    /**
     * Usually false: 7Targets answered, and the answer says what was done. True when an earlier attempt of the call
     * lost its answer (with {@code retryUncertainCreate}, or an update), or when 7Targets answered a create, update
     * or stop of the follow-up with a success whose body cannot be read.
     */
    @Override
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
