package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real ActiveMQ Artemis broker in the test JVM, on 127.0.0.1, with the JMS route enabled against it. Injected into
 * test fields of type {@link JmsClient}.
 */
public class ArtemisResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedActiveMQ broker;
    private JmsClient client;

    @Override
    public Map<String, String> start() {
        try {
            String url = "tcp://127.0.0.1:" + freePort();
            Configuration configuration = new ConfigurationImpl()
                    .setPersistenceEnabled(false)
                    .setSecurityEnabled(false)
                    .setJMXManagementEnabled(false)
                    .addAcceptorConfiguration("tcp", url)
                    // a message rolled back is delivered again until it is handled (Artemis' default: 10 times, then
                    // its dead-letter address), soon
                    .addAddressSetting("leads", new AddressSettings().setMaxDeliveryAttempts(-1).setRedeliveryDelay(100));
            broker = new EmbeddedActiveMQ().setConfiguration(configuration);
            broker.start();
            client = new JmsClient(url, broker.getActiveMQServer());
            return Map.of("leads.jms.enabled", "true", "jms.broker-url", url);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Artemis broker", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(client, new TestInjector.MatchesType(JmsClient.class));
    }

    @Override
    public void stop() {
        try {
            if (broker != null) {
                broker.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the Artemis broker", e);
        }
    }
}
