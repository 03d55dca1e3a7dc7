package com.seventargets.examples.quarkus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What a test does on the broker: send a record, and find a record on a topic.
 */
public class KafkaClient implements AutoCloseable {

    /** A record found on a topic: its value and the reason header of the dead-letter topic. */
    public record Received(String value, String rejectedReason) {
    }

    private final String brokers;
    private final KafkaProducer<String, String> producer;

    KafkaClient(String brokers) {
        this.brokers = brokers;
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer());
    }

    public void send(String topic, String value) throws Exception {
        producer.send(new ProducerRecord<>(topic, value)).get();
    }

    /** The first record of partition 0 of the topic whose value contains {@code text}, or null after the timeout. */
    public Received find(String topic, String text, Duration timeout) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", brokers),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value().contains(text)) {
                        Header reason = record.headers().lastHeader(FailureReason.HEADER);
                        return new Received(record.value(),
                                reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8));
                    }
                }
            }
            return null;
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
