package com.seventargets.simulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The JDK HTTP(S) server, bound to 127.0.0.1 only, with a fixed number of handler threads and one timer thread. A
 * request that must wait (latency, a delay, a hold) waits on the timer, not in a handler thread.
 */
final class SimulatorServer {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";
    private static final int BACKLOG = 1024;
    /** Requests waiting for a handler thread; beyond it the JDK server closes the new request's connection. */
    static final int QUEUED_REQUESTS = 10_000;

    static {
        // The JDK server writes the headers and the body in two TCP segments; with Nagle's algorithm
        // on, the body then waits for the client's delayed ACK (about 40 ms a request on Linux).
        // The property is read once, when the first JDK server is created in this JVM.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        // Beyond 200 idle keep-alive connections (its default) the JDK server closes each connection as soon as it
        // has answered, so a client of many connections reuses one that is closing and gets no answer. 7Targets keeps
        // idle connections open: so does the simulator.
        if (System.getProperty(MAX_IDLE_CONNECTIONS) == null) {
            System.setProperty(MAX_IDLE_CONNECTIONS, "10000");
        }
    }

    private final HttpServer server;
    private final ThreadPoolExecutor handlers;
    private final ScheduledThreadPoolExecutor timer;

    private SimulatorServer(HttpServer server, ThreadPoolExecutor handlers, ScheduledThreadPoolExecutor timer) {
        this.server = server;
        this.handlers = handlers;
        this.timer = timer;
    }

    /**
     * Binds 127.0.0.1:{@code port} (0 = a free port), serving HTTPS when {@code ssl} is not null, with this many
     * handler threads, and starts.
     */
    static SimulatorServer start(int port, SSLContext ssl, int threads, RequestDispatcher dispatcher)
            throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
        HttpServer server;
        if (ssl == null) {
            server = HttpServer.create(address, BACKLOG);
        } else {
            HttpsServer https = HttpsServer.create(address, BACKLOG);
            https.setHttpsConfigurator(new HttpsConfigurator(ssl));
            server = https;
        }
        String name = "7targets-simulator-" + server.getAddress().getPort();
        ThreadPoolExecutor handlers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUED_REQUESTS), daemons(name + "-"));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemons(name + "-timer-"));
        timer.setRemoveOnCancelPolicy(true);
        Continuations continuations = new Continuations(handlers, timer);
        server.createContext("/", exchange -> dispatcher.handle(exchange, continuations));
        server.setExecutor(handlers);
        server.start();
        return new SimulatorServer(server, handlers, timer);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        timer.shutdownNow();
        server.stop(0);
        handlers.shutdownNow();
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
