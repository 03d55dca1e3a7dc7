package com.seventargets.examples.quarkus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * What a test does on the broker: send a text message to a queue, receive the one it is waiting for.
 */
public class JmsClient {

    /** A message taken from a queue: its text and the reason header of the dead-letter queue. */
    public record Received(String body, String rejectedReason) {
    }

    private static final String LEGACY_PREFIX = "jms.queue.";

    private final ActiveMQConnectionFactory factory;
    private final ActiveMQServer broker;

    JmsClient(String brokerUrl, ActiveMQServer broker) {
        this.factory = new ActiveMQConnectionFactory(brokerUrl);
        this.broker = broker;
    }

    /**
     * Removes the queue and lets no sender create it again, nor its Artemis 1.x name ({@code jms.queue.<name>}), which
     * the client tries next: a message sent to it fails.
     */
    public void closeQueue(String queue) throws Exception {
        for (String address : List.of(queue, LEGACY_PREFIX + queue)) {
            broker.getAddressSettingsRepository().addMatch(address,
                    new AddressSettings().setAutoCreateAddresses(false).setAutoCreateQueues(false));
            if (broker.getAddressInfo(SimpleString.of(address)) != null) {
                broker.removeAddressInfo(SimpleString.of(address), null, true);
            }
        }
    }

    /** Lets senders create the queue again. */
    public void openQueue(String queue) {
        broker.getAddressSettingsRepository().removeMatch(queue);
        broker.getAddressSettingsRepository().removeMatch(LEGACY_PREFIX + queue);
    }

    public void send(String queue, String text) {
        send(queue, text, Map.of());
    }

    /** Sends a text message with these string properties. */
    public void send(String queue, String text, Map<String, String> properties) {
        try (JMSContext context = factory.createContext()) {
            JMSProducer producer = context.createProducer();
            properties.forEach(producer::setProperty);
            producer.send(context.createQueue(queue), text);
        }
    }

    /**
     * The first message on the queue whose text is {@code body}, or null after the timeout. Messages with other texts,
     * left by earlier tests, are taken off the queue on the way.
     */
    public Received receive(String queue, String body, Duration timeout) throws JMSException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        try (JMSContext context = factory.createContext()) {
            JMSConsumer consumer = context.createConsumer(context.createQueue(queue));
            long left;
            while ((left = deadline - System.currentTimeMillis()) > 0) {
                Message message = consumer.receive(left);
                if (message != null && body.equals(message.getBody(String.class))) {
                    return new Received(body, message.getStringProperty(FailureReason.HEADER));
                }
            }
            return null;
        }
    }
}
