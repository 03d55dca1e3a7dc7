package com.seventargets.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpsAndBindingTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @Test
    void servesHttpsWithTheGivenContext(@TempDir Path dir) throws Exception {
        SSLContext ssl = selfSignedContext(dir.resolve("simulator.p12"));

        try (SevenTargetsSimulator sim = SevenTargetsSimulator.builder().https(ssl).build().start()) {
            assertThat(sim.baseUrl()).isEqualTo("https://127.0.0.1:" + sim.port());
            assertThat(sim.tokenUrl()).isEqualTo(sim.baseUrl() + "/oauth2/token");
            HttpClient https = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl).build();
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

    /** A PKCS12 key store with a self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
    private static SSLContext selfSignedContext(Path keyStore) throws Exception {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "simulator", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
