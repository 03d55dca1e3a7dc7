package com.seventargets.camel;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.seventargets.camel.ErrorsTest.assertThrowsCause;
import static com.seventargets.camel.LeadOperationsTest.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator over HTTPS with a self-signed certificate for 127.0.0.1: trusted through sslContextParameters, or
 * refused with a clear error.
 */
class TlsTest extends CamelTestSupport {

    private static final String PASSWORD = "changeit";
    private static final Path KEY_STORE = selfSignedKeyStore();

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR
            = new SevenTargetsSimulatorExtension(SevenTargetsSimulator.builder().https(serverContext()));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("seventargets", SevenTargetsTestSupport.componentFor(SIMULATOR.simulator()));
        context.getRegistry().bind("simulatorTrust", trusting());
        return context;
    }

    @Test
    void trustsTheSimulatorThroughSslContextParameters() {
        assertThat(SIMULATOR.simulator().baseUrl()).startsWith("https://127.0.0.1:");

        Lead created = template.requestBody("seventargets:lead?sslContextParameters=#simulatorTrust",
                lead("Ada", "ada@example.com"), Lead.class);

        assertThat(created.getId()).isNotNull();
    }

    @Test
    void trustsTheSimulatorThroughTheGlobalSslContextParameters() {
        context.setSSLContextParameters(trusting());
        context.getComponent("seventargets", SevenTargetsComponent.class).setUseGlobalSslContextParameters(true);

        Lead created = template.requestBody("seventargets:lead?source=Global", lead("Bob", "bob@example.com"),
                Lead.class);

        assertThat(created.getId()).isNotNull();
    }

    @Test
    void refusesAnUntrustedCertificateWithoutRetrying() {
        SevenTargetsConnectionException e = assertThrowsCause(SevenTargetsConnectionException.class,
                () -> template.sendBody("seventargets:lead?source=Untrusted", lead("Cy", "cy@example.com")));

        assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("TLS failed, not retried", "option sslContextParameters");
        assertThat(SIMULATOR.simulator().leads()).isEmpty();
    }

    private static SSLContextParameters trusting() {
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + KEY_STORE);
        trustStore.setType("PKCS12");
        trustStore.setPassword(PASSWORD);
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }

    private static SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JDK has no API to make a certificate: its keytool does. */
    private static Path selfSignedKeyStore() {
        try {
            Path file = Files.createTempDirectory("seventargets-tls").resolve("simulator.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "simulator", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(30, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            file.toFile().deleteOnExit();
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
