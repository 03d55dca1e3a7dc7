package com.seventargets.examples.quarkus;

import java.time.Duration;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * What a test does on the broker: send a text message to a queue, receive one.
 */
public class JmsClient {

    /** A message taken from a queue: its text and the reason header of the dead-letter queue. */
    public record Received(String body, String rejectedReason) {
    }

    private final ActiveMQConnectionFactory factory;

    JmsClient(String brokerUrl) {
        this.factory = new ActiveMQConnectionFactory(brokerUrl);
    }

    public void send(String queue, String text) {
        try (JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue(queue), text);
        }
    }

    /** The next message on the queue, or null after the timeout. */
    public Received receive(String queue, Duration timeout) throws JMSException {
        try (JMSContext context = factory.createContext()) {
            Message message = context.createConsumer(context.createQueue(queue)).receive(timeout.toMillis());
            return message == null ? null
                    : new Received(message.getBody(String.class), message.getStringProperty(FailureReason.HEADER));
        }
    }
}
