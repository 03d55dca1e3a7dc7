package com.seventargets.camel;

import io.netty.channel.EventLoop;
import io.netty.util.internal.ThreadExecutorMap;

/**
 * Tells whether the calling thread is an event loop, which must never block: a Netty I/O event loop, and with it
 * every Vert.x event loop (Vert.x runs them on Netty's). Netty is optional: without it, no thread is one.
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
            // Netty's executor threads know their executor; an EventLoop is one that serves channels
            return ThreadExecutorMap.currentExecutor() instanceof EventLoop;
        }
    }
}
