package com.seventargets.camel.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryingSenderTest {

    @Test
    void aRetryRunsOnAThreadNothingMayWaitOn() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        List<Boolean> nonBlocking = new CopyOnWriteArrayList<>();
        RetryingSender sender = new RetryingSender(new RetryPolicy(2, 1, 1, false), scheduler);
        try {
            RetryingSender.Outcome outcome = sender.send("test", true, () -> {
                nonBlocking.add(NonBlockingThreads.isCurrent());
                return CompletableFuture.completedFuture(
                        new RawResponse(nonBlocking.size() < 3 ? 503 : 200, "", Map.of(), new byte[0]));
            }).get(10, TimeUnit.SECONDS);

            assertThat(outcome.attempts()).isEqualTo(3);
            assertThat(nonBlocking).as("the first attempt in the caller's thread, the retries on the scheduler's")
                    .containsExactly(false, true, true);
            assertThat(scheduler.submit(NonBlockingThreads::isCurrent).get()).as("only while a retry runs").isFalse();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
