package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsCallFailure;
import com.seventargets.camel.SevenTargetsRateLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * Whether the failure of an exchange may go away by itself, soon, and redelivering is safe: 7Targets unreachable,
 * or answering 429 or 5xx, or the lead's create under way elsewhere. A bad lead or refused credentials fail the same way every time, so they are not retried;
 * nor is a call that may have been carried out (its answer lost: a redelivered create could create the lead twice),
 * nor a 429 that asks to wait longer than a redelivery would.
 */
@ApplicationScoped
public class TransientFailure implements Predicate {

    @Override
    public boolean matches(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure instanceof CreateUnderWayException) {
            return true;
        }
        if (failure instanceof SevenTargetsCallFailure call && call.isOutcomeUnknown()) {
            return false;
        }
        if (failure instanceof SevenTargetsRateLimitException limited) {
            return limited.getRetryAfter() == null || limited.getRetryAfter().compareTo(Duration.ofMinutes(1)) <= 0;
        }
        if (failure instanceof SevenTargetsApiException api) {
            return api.getStatusCode() >= 500;
        }
        return failure instanceof IOException;
    }
}
