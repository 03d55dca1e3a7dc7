package com.seventargets.camel;


import javax.net.ssl.SSLHandshakeException;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.SelfSignedCertificate;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.seventargets.camel.CamelAssertions.assertThrowsCause;
import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator over HTTPS with a self-signed certificate for 127.0.0.1: trusted through sslContextParameters, or
 * refused with a clear error.
 */
class TlsTest extends CamelTestSupport {

    private static final SelfSignedCertificate CERTIFICATE = SelfSignedCertificate.create();

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR
            = new SevenTargetsSimulatorExtension(SevenTargetsSimulator.builder().https(CERTIFICATE.serverContext()));

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
        trustStore.setResource("file:" + CERTIFICATE.keyStore());
        trustStore.setType("PKCS12");
        trustStore.setPassword(CERTIFICATE.password());
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }
}
