package com.seventargets.simulator;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/** The JDK HTTP(S) server, bound to 127.0.0.1 only, with a thread per in-flight request. */
final class SimulatorServer {

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final String MAX_IDLE_CONNECTIONS = "sun.net.httpserver.maxIdleConnections";
    private static final int BACKLOG = 1024;

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
    private final ExecutorService executor;

    private SimulatorServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Binds 127.0.0.1:{@code port} (0 = a free port), serving HTTPS when {@code ssl} is not null, and starts. */
    static SimulatorServer start(int port, SSLContext ssl, HttpHandler handler) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
        HttpServer server;
        if (ssl == null) {
            server = HttpServer.create(address, BACKLOG);
        } else {
            HttpsServer https = HttpsServer.create(address, BACKLOG);
            https.setHttpsConfigurator(new HttpsConfigurator(ssl));
            server = https;
        }
        server.createContext("/", handler);
        // a cached pool: as many threads as requests in flight, so delayed requests never hold up others
        AtomicInteger threads = new AtomicInteger();
        int boundPort = server.getAddress().getPort();
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "7targets-simulator-" + boundPort + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new SimulatorServer(server, executor);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        executor.shutdownNow();
    }
}
