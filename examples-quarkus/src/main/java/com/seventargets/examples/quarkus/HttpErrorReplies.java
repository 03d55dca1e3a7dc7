package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsAuthenticationException;
import com.seventargets.camel.SevenTargetsRateLimitException;
import com.seventargets.camel.SevenTargetsValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the failure of an HTTP request into a short JSON answer: 400 naming the fields of a bad lead, 422 with
 * 7Targets' own message when it refused a well-formed lead (a 4xx), 502 with a one-line reason when 7Targets failed
 * or could not be reached. The caller never sees a stack trace or a URL; the log has the details.
 */
@ApplicationScoped
public class HttpErrorReplies implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrorReplies.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void process(Exchange exchange) throws Exception {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Map<String, Object> reply = new LinkedHashMap<>();
        int status;
        if (failure instanceof SevenTargetsValidationException invalid) {
            status = 400;
            reply.put("error", "invalid lead");
            reply.put("problems", invalid.getProblems());
        } else if (failure instanceof SevenTargetsApiException refused && refused.getStatusCode() / 100 == 4
                   && !(failure instanceof SevenTargetsRateLimitException)) {
            // the lead is well formed but 7Targets will not take it (an unknown assistant, say): the caller's to fix
            status = 422;
            reply.put("error", "7Targets refused the lead");
            reply.put("message", refused.getApiMessage() == null
                    ? "HTTP " + refused.getStatusCode() : refused.getApiMessage());
            LOG.warn("{} {} refused by 7Targets: {}", exchange.getMessage().getHeader(Exchange.HTTP_METHOD),
                    exchange.getMessage().getHeader(Exchange.HTTP_URI), failure.getMessage());
        } else {
            status = failure instanceof SevenTargetsApiException || failure instanceof SevenTargetsAuthenticationException
                     || failure instanceof IOException ? 502 : 500;
            reply.put("error", reason(failure));
            String request = exchange.getMessage().getHeader(Exchange.HTTP_METHOD) + " "
                             + exchange.getMessage().getHeader(Exchange.HTTP_URI);
            if (status == 500) {
                LOG.error("{} failed", request, failure);
            } else {
                LOG.warn("{} failed: {}", request, failure.getMessage());
            }
        }
        Message message = exchange.getMessage();
        // the request's headers must not be echoed in the answer
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(JSON.writeValueAsString(reply));
    }

    private static String reason(Exception failure) {
        if (failure instanceof SevenTargetsApiException api) {
            return "7Targets answered HTTP " + api.getStatusCode();
        } else if (failure instanceof SevenTargetsAuthenticationException refused) {
            return SevenTargetsAuthenticationException.USER_REFUSED.equals(refused.getErrorCode())
                    ? "7Targets refused the application's user identifier"
                    : "7Targets refused the application's credentials";
        } else if (failure instanceof IOException) {
            return "7Targets could not be reached";
        }
        return "unexpected error, see the application log";
    }
}
