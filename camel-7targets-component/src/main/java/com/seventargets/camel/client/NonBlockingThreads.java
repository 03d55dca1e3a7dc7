package com.seventargets.camel.client;

/**
 * The threads nothing may wait on, since what it waited for could need that very thread: HttpClient's I/O threads,
 * and the retry scheduler's thread while it runs a retry (a route goes on there when a retried attempt fails at
 * once and the worker pool runs rejected tasks in the caller's thread).
 */
public final class NonBlockingThreads {

    private static final ThreadLocal<Boolean> RUNNING_RETRY = new ThreadLocal<>();

    private NonBlockingThreads() {
    }

    /** Whether the calling thread is one nothing may wait on. */
    public static boolean isCurrent() {
        return IoThreads.isCurrent() || RUNNING_RETRY.get() != null;
    }

    /** The retry, marking its thread as one nothing may wait on while it runs. */
    static Runnable retry(Runnable retry) {
        return () -> {
            RUNNING_RETRY.set(Boolean.TRUE);
            try {
                retry.run();
            } finally {
                RUNNING_RETRY.remove();
            }
        };
    }
}
