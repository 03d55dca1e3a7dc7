package com.seventargets.camel;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocalThread;
import io.netty.util.internal.ThreadExecutorMap;

/**
 * Tells whether the calling thread is an event loop, which must never block: a Netty I/O event loop, and with it
 * every Vert.x event loop (Vert.x runs them on Netty's). Netty is optional: without it, no thread is one; a shaded
 * Netty (grpc-netty-shaded) or one of another class loader is not recognised.
 */
final class EventLoops {

    private static final boolean NETTY = isPresent("io.netty.channel.EventLoop")
                                         && isPresent("io.netty.util.internal.ThreadExecutorMap");

    private EventLoops() {
    }

    static boolean isCurrent() {
        return NETTY && Netty.isCurrent();
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, EventLoops.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Loaded only when Netty is there. */
    private static final class Netty {
        static boolean isCurrent() {
            // Netty's and Vert.x's threads are FastThreadLocalThreads: on any other, asking for the executor would
            // create Netty's thread-local map. A thread knows its executor; an EventLoop is one that serves channels.
            return Thread.currentThread() instanceof FastThreadLocalThread
                   && ThreadExecutorMap.currentExecutor() instanceof EventLoop;
        }
    }
}
