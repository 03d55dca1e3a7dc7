package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.seventargets.camel.SevenTargetsApiException;
import com.seventargets.camel.SevenTargetsConstants;
import com.seventargets.camel.SevenTargetsValidationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;

/**
 * Writes what became of each row of a CSV import to its results file, and counts it in the meter
 * {@code leads.csv.rows} (tag {@code outcome}).
 */
@ApplicationScoped
public class RowOutcomes {

    private static final String ROW = "csvRow";
    private static final String EMAIL = "csvEmail";

    private final Map<RowOutcome, Counter> meters = new EnumMap<>(RowOutcome.class);

    public RowOutcomes(MeterRegistry registry) {
        for (RowOutcome outcome : RowOutcome.values()) {
            meters.put(outcome, Counter.builder("leads.csv.rows").tag("outcome", outcome.label())
                    .description("The rows of CSV files imported, by outcome").register(registry));
        }
    }

    /** Notes the row's number (1 is the first after the header) and e-mail, before its body becomes a lead. */
    void begin(Exchange exchange) {
        exchange.setProperty(ROW, exchange.getProperty(Exchange.SPLIT_INDEX, 0, Integer.class) + 1L);
        Map<?, ?> row = exchange.getMessage().getBody(Map.class);
        exchange.setProperty(EMAIL, row == null ? null : row.get("email"));
    }

    /** The row was sent and created, or found created before. */
    void sent(Exchange exchange) throws IOException {
        if (exchange.getMessage().getHeader(SevenTargetsConstants.DUPLICATE, false, Boolean.class)) {
            record(exchange, RowOutcome.ALREADY_CREATED, "");
        } else {
            record(exchange, RowOutcome.CREATED,
                    exchange.getMessage().getHeader(SevenTargetsConstants.LEAD_ID, "", String.class));
        }
    }

    /** The row failed: rejected when its content is at fault, failed otherwise. */
    void failed(Exchange exchange) throws IOException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        record(exchange, isRejection(failure) ? RowOutcome.REJECTED : RowOutcome.FAILED, FailureReason.describe(failure));
    }

    /** Invalid, or refused by 7Targets for what it holds (4xx but refused credentials, a timeout or a rate limit). */
    private static boolean isRejection(Exception failure) {
        if (failure instanceof SevenTargetsValidationException) {
            return true;
        }
        if (failure instanceof SevenTargetsApiException api) {
            int status = api.getStatusCode();
            return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
        }
        return false;
    }

    private void record(Exchange exchange, RowOutcome outcome, String leadIdOrReason) throws IOException {
        exchange.getProperty(CsvImport.PROPERTY, CsvImport.class).record(exchange.getProperty(ROW, Long.class),
                exchange.getProperty(EMAIL, String.class), outcome, leadIdOrReason);
        meters.get(outcome).increment();
    }
}
