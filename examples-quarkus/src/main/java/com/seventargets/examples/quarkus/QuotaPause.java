package com.seventargets.examples.quarkus;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.seventargets.camel.SevenTargetsRateLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 7Targets' quota, for the CSV imports: a 429 whose {@code Retry-After} is longer than the component waits by itself
 * ({@code maxRetryDelay}: a daily quota, say) pauses every import until then, instead of failing its rows. The row
 * that met it is sent again after the pause; the rows not yet sent wait for its end before they are sent.
 */
@ApplicationScoped
public class QuotaPause implements Predicate {

    private static final Logger LOG = LoggerFactory.getLogger(QuotaPause.class);

    /** Until when, in epoch milliseconds, no row is sent. */
    private final AtomicLong until = new AtomicLong();
    private final int maxPauses;
    private final Duration maxWait;

    public QuotaPause(@ConfigProperty(name = "leads.csv.quota.max-pauses") int maxPauses,
                      @ConfigProperty(name = "leads.csv.quota.max-wait") Duration maxWait) {
        this.maxPauses = maxPauses;
        this.maxWait = maxWait;
    }

    /** Whether the exchange failed on 7Targets' quota: a 429 with a {@code Retry-After} the component did not wait. */
    static boolean isQuota(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT) instanceof SevenTargetsRateLimitException limited
               && limited.getRetryAfter() != null;
    }

    /**
     * Pauses the imports for the quota's {@code Retry-After}, and answers whether the row is sent again after the
     * pause: not when it met the quota {@code leads.csv.quota.max-pauses} times already, nor when 7Targets asks to wait
     * longer than {@code leads.csv.quota.max-wait}.
     */
    @Override
    public boolean matches(Exchange exchange) {
        Duration retryAfter = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, SevenTargetsRateLimitException.class)
                .getRetryAfter();
        int pauses = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        if (pauses >= maxPauses || retryAfter.compareTo(maxWait) > 0) {
            return false;
        }
        long end = System.currentTimeMillis() + retryAfter.toMillis();
        long before = until.getAndAccumulate(end, Math::max);
        if (end > before + 1000) {
            LOG.warn("7Targets' quota is reached (429, Retry-After {} s): CSV imports paused until {}, their rows are"
                     + " sent then", retryAfter.toSeconds(), Instant.ofEpochMilli(end));
        }
        return true;
    }

    /**
     * Waits, in this thread, until the pause is over. An interrupt (the application stopping) does not end the wait:
     * the row is neither sent during the pause nor written off, and its file stays in the inbox for the next start.
     */
    void await(Exchange exchange) {
        waitUntil(until::get);
    }

    /** Sleeps until the time {@code endMillis} gives, read again each second; an interrupt is kept for after. */
    static void waitUntil(LongSupplier endMillis) {
        boolean interrupted = false;
        long left;
        while ((left = endMillis.getAsLong() - System.currentTimeMillis()) > 0) {
            try {
                Thread.sleep(Math.min(left, 1000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of the pause, or null when the imports are not paused. */
    Instant pausedUntil() {
        long end = until.get();
        return end > System.currentTimeMillis() ? Instant.ofEpochMilli(end) : null;
    }
}
