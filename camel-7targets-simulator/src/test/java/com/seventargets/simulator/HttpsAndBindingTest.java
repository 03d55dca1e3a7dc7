package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpsAndBindingTest {

    @Test
    void servesHttpsWithTheGivenContext() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create();

        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().https(certificate.serverContext()).build().start()) {
            assertThat(sim.baseUrl()).isEqualTo("https://127.0.0.1:" + sim.port());
            assertThat(sim.tokenUrl()).isEqualTo(sim.baseUrl() + "/oauth2/token");
            HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(certificate.clientContext()).build();
            SimClient client = new SimClient(sim, https);

            assertThat(client.call("GET", "/leads/assistant", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void bindsToLoopbackOnly() throws IOException {
        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().build().start()) {
            assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
            for (InetAddress other : nonLoopbackAddresses()) {
                assertThat(PortProbe.canConnect(other, sim.port())).as(other.toString()).isFalse();
            }
            assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux only");
            assertThat(PortProbe.linuxListenAddress(sim.port())).hasValueSatisfying(
                    address -> assertThat(address).isIn("0100007F", "0000000000000000FFFF00000100007F"));
        }
    }

    @Test
    void servesAFixedPortAndRestartsAfterStop() {
        SevenTargetsSimulator sim = SevenTargetsSimulator.builder().build();
        int port;
        try (SevenTargetsSimulator probe = SevenTargetsSimulator.builder().build().start()) {
            port = probe.port();
        }
        SevenTargetsSimulator fixed = SevenTargetsSimulator.builder().port(port).build();
        assertThat(fixed.port()).isEqualTo(port);
        fixed.start();
        assertThat(PortProbe.isListening(port)).isTrue();
        fixed.stop();

        sim.start().stop();
        sim.start();
        try {
            assertThat(new SimClient(sim).call("GET", "/leads/assistant", null).statusCode()).isEqualTo(200);
        } finally {
            sim.close();
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
    }
}
