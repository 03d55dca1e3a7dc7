package com.seventargets.simulator;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the next step of a request on a handler thread, now or after a wait kept by the timer: a waiting request
 * holds no thread, so a few handler threads serve any number of slow requests at once.
 */
final class Continuations {

    private final Executor handlers;
    private final ScheduledExecutorService timer;

    Continuations(Executor handlers, ScheduledExecutorService timer) {
        this.handlers = handlers;
        this.timer = timer;
    }

    /**
     * Runs {@code step} in this thread when {@code wait} is zero, else on a handler thread once it has passed; runs
     * {@code refused} instead if the server is stopping or too busy to take it.
     */
    void after(Duration wait, Runnable step, Runnable refused) {
        if (wait.isZero()) {
            step.run();
            return;
        }
        try {
            timer.schedule(() -> onHandler(step, refused), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            refused.run();
        }
    }

    /** Runs {@code step} on a handler thread, or {@code refused} in this one if none can take it. */
    void onHandler(Runnable step, Runnable refused) {
        try {
            handlers.execute(step);
        } catch (RejectedExecutionException e) {
            refused.run();
        }
    }

    /** Runs {@code step} in the timer thread after {@code wait}; nothing if the server is stopping. */
    void onTimer(Duration wait, Runnable step) {
        try {
            timer.schedule(step, wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // stopping: the server closes the connection
        }
    }
}
