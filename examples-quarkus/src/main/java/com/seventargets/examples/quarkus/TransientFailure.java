package com.seventargets.examples.quarkus;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.seventargets.camel.SevenTargetsApiException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

/**
 * Whether the failure of an exchange may go away by itself: 7Targets unreachable, or answering 429 or 5xx. A bad
 * lead or refused credentials fail the same way every time, so they are not retried.
 */
@ApplicationScoped
public class TransientFailure implements Predicate {

    @Override
    public boolean matches(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure instanceof SevenTargetsApiException api) {
            return api.getStatusCode() == 429 || api.getStatusCode() >= 500;
        }
        return failure instanceof IOException;
    }
}
