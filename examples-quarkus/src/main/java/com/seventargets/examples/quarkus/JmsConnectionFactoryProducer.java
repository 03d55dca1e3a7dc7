package com.seventargets.examples.quarkus;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JMS connection factory camel-jms uses: an ActiveMQ Artemis client for {@code jms.broker-url}. It connects only
 * when the JMS route starts.
 */
@ApplicationScoped
public class JmsConnectionFactoryProducer {

    @Produces
    @Singleton
    ConnectionFactory connectionFactory(@ConfigProperty(name = "jms.broker-url") String brokerUrl,
                                        @ConfigProperty(name = "jms.username") Optional<String> username,
                                        @ConfigProperty(name = "jms.password") Optional<String> password) {
        return new ActiveMQConnectionFactory(brokerUrl, username.orElse(null), password.orElse(null));
    }
}
