package com.seventargets.camel;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What tests of the component check, and need, again and again. */
final class CamelAssertions {

    private CamelAssertions() {
    }

    /** Runs a send that must fail, and returns the cause Camel wrapped in its {@link CamelExecutionException}. */
    static <T extends Exception> T assertThrowsCause(Class<T> type, Runnable send) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(CamelExecutionException.class, send::run);
        assertThat(thrown.getCause()).isInstanceOf(type);
        return type.cast(thrown.getCause());
    }

    /** A loopback port where nothing listens (it did a moment ago): a connection to it is refused. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits for what a test waits for, polling it every 10 ms, and fails after {@code atMost}. */
    static void awaitUntil(Duration atMost, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - until).as("waited too long").isNegative();
            Thread.sleep(10);
        }
    }
}
