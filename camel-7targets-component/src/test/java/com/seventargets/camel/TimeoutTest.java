package com.seventargets.camel;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.CamelAssertions.assertThrowsCause;
import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that does not answer, or takes no connection, holds a route no longer than the timeout, times the
 * attempts.
 */
class TimeoutTest extends SevenTargetsTestSupport {

    private static final long TIMEOUT = 400;
    // generous: this runs on 2 shared cores; a missed timeout would take the 3 s delay, or more
    private static final long MARGIN = 2000;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("seventargets:lead?responseTimeout=" + TIMEOUT + "&retryDelay=10");
                from("direct:list").to("seventargets:assistant?responseTimeout=" + TIMEOUT
                                       + "&maxRetries=1&retryDelay=10");
            }
        };
    }

    /** Loads the classes and gets the token first, so that the figures are the timeouts' alone. */
    @BeforeEach
    void warmUp() {
        template.sendBody("direct:create", lead("Warm", "warm@example.com"));
        template.requestBody("direct:list", null, List.class);
    }

    @Test
    void aCreateFailsWithinTheResponseTimeout() {
        simulator().faults().onPath("/leads").times(5).delay(Duration.ofSeconds(3));

        long millis = millisToFail(() -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(millis).isBetween(TIMEOUT, TIMEOUT + MARGIN);
    }

    @Test
    void aListingFailsWithinTheResponseTimeoutTimesTheAttempts() {
        simulator().faults().onPath("/leads/assistant").times(5).delay(Duration.ofSeconds(3));

        long millis = millisToFail(() -> template.requestBody("direct:list", null, List.class));

        assertThat(millis).isBetween(2 * TIMEOUT, 2 * TIMEOUT + MARGIN);
        assertThat(simulator().journal("/leads/assistant")).as("after the warm-up's").hasSize(3);
    }

    @Test
    void aSilentTokenEndpointFailsWithinTheResponseTimeoutTimesTheAttempts() {
        simulator().revokeAllTokens();
        simulator().faults().onPath("/oauth2/token").times(10).delay(Duration.ofSeconds(3));

        // the revoked token is refused, then the token request, harmless to repeat, times out 1 + maxRetries times
        long millis = millisToFail(() -> template.sendBody("direct:create", lead("Ada", "ada@example.com")));

        assertThat(millis).isBetween(4 * TIMEOUT, 4 * TIMEOUT + 2 * MARGIN);
        assertThat(simulator().journal("/leads")).extracting(r -> r.status()).as("warm-up, then refused")
                .containsExactly(201, 401);
    }

    @Test
    void aHostThatTakesNoConnectionFailsWithinTheConnectTimeout() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = fillAcceptQueue(listening);
            try {
                String uri = "seventargets:lead?baseUrl=http://127.0.0.1:" + listening.getLocalPort()
                             + "&connectTimeout=" + TIMEOUT + "&responseTimeout=60000&maxRetries=0";

                long millis = millisToFail(() -> template.sendBody(uri, lead("Ada", "ada@example.com")));

                assertThat(millis).isBetween(TIMEOUT, TIMEOUT + MARGIN);
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    /** Connections the server never accepts, until the kernel drops new ones: a connect then waits for nothing. */
    private static List<Socket> fillAcceptQueue(ServerSocket server) throws IOException {
        List<Socket> queued = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Socket socket = new Socket();
            try {
                socket.connect(server.getLocalSocketAddress(), 200);
                queued.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close();
                return queued;
            }
        }
        throw new IllegalStateException("the accept queue never filled: " + queued.size() + " connections taken");
    }

    private static long millisToFail(Runnable send) {
        long started = System.nanoTime();
        SevenTargetsConnectionException e = assertThrowsCause(SevenTargetsConnectionException.class, send);
        assertThat(e).hasRootCauseInstanceOf(SocketTimeoutException.class);
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
