package com.seventargets.camel;

import java.util.Map;

import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * 7Targets (or its token endpoint) answered with a status that is not a success, or with a body that is not what
 * the operation returns. It is a camel-http {@link HttpOperationFailedException}, so {@code onException} handlers
 * written for camel-http catch it too.
 */
public class SevenTargetsApiException extends HttpOperationFailedException {

    private static final int BODY_EXCERPT = 500;

    private final String operation;
    private final int attempts;
    private final String message;

    /**
     * @param reason why a success status is still a failure (a body that is not what the operation returns), or
     *               null
     */
    public SevenTargetsApiException(String operation, String method, String uri, int statusCode, String statusText,
                                    Map<String, String> responseHeaders, String responseBody, int attempts,
                                    String reason) {
        super(uri, statusCode, statusText, null, responseHeaders, responseBody);
        this.operation = operation;
        this.attempts = attempts;
        this.message = "7Targets " + operation + " failed: " + method + " " + uri + " answered HTTP " + statusCode
                       + (statusText == null || statusText.isEmpty() ? "" : " " + statusText)
                       + (attempts > 1 ? " after " + attempts + " attempts" : "")
                       + (reason == null ? "" : ", " + reason) + excerpt(responseBody);
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
     * How many times the request was sent; more than one when 7Targets answered with a transient status.
     */
    public int getAttempts() {
        return attempts;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
