package com.seventargets.camel.client;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Marks a synchronous producer's thread while it starts its call, so that the call is sent right there on the
 * classic client, after waiting there for the access token if it is being fetched. Only calls created inside the
 * scope, and sent while it lasts, qualify: a future completed in this thread may run other callers' steps here, and
 * those stay asynchronous, as do retries (sent from the scheduler while the caller waits for them).
 */
public final class SynchronousScope {

    private static final ThreadLocal<Object> CURRENT = new ThreadLocal<>();

    private SynchronousScope() {
    }

    /** Starts a call in a new scope, which ends when {@code start} returns. */
    public static <T> T run(Supplier<T> start) {
        Object outer = CURRENT.get();
        CURRENT.set(new Object());
        try {
            return start.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** This thread's scope, or null: a call remembers the scope it was created in. */
    static Object current() {
        return CURRENT.get();
    }

    /** Whether this thread is in that scope now. */
    static boolean isCurrent(Object scope) {
        return scope != null && scope == CURRENT.get();
    }

    /**
     * Waits for the future in this thread if the thread is in that scope, so that the steps that follow it run here
     * too (a synchronous caller would wait for them anyway); otherwise returns at once.
     */
    static <T> CompletableFuture<T> awaitIfCurrent(Object scope, CompletableFuture<T> future) {
        if (!future.isDone() && isCurrent(scope)) {
            try {
                future.join(); // not interruptible: the call would otherwise go on without its caller
            } catch (CompletionException | CancellationException e) {
                // the steps that follow see the failure
            }
        }
        return future;
    }
}
