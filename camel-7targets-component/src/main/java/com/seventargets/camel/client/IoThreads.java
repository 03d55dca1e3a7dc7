package com.seventargets.camel.client;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes HttpClient's I/O threads, and tells whether the current thread is one: nothing may wait on them for
 * something that only they can complete.
 */
public final class IoThreads implements ThreadFactory {

    private static final AtomicInteger COUNT = new AtomicInteger();

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new IoThread(work, "SevenTargets-io-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    /** Whether the calling thread is one of the component's HttpClient I/O threads. */
    public static boolean isCurrent() {
        return Thread.currentThread() instanceof IoThread;
    }

    private static final class IoThread extends Thread {
        IoThread(Runnable work, String name) {
            super(work, name);
        }
    }
}
