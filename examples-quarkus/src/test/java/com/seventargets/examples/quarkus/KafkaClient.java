package com.seventargets.examples.quarkus;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
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

    private static final String MAX_MESSAGE_BYTES = "max.message.bytes";

    private final String brokers;
    private final KafkaProducer<String, String> producer;

    KafkaClient(String brokers) {
        this.brokers = brokers;
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", brokers),
                new StringSerializer(), new StringSerializer());
    }

    /** Sends the record; its offset. */
    public long send(String topic, String value) throws Exception {
        return producer.send(new ProducerRecord<>(topic, value)).get().offset();
    }

    /** Limits the size of a record the broker accepts on the topic, creating the topic if it is not there. */
    public void limitRecordSize(String topic, int bytes) throws Exception {
        try (Admin admin = admin()) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
            setMaxMessageBytes(admin, topic, new AlterConfigOp(new ConfigEntry(MAX_MESSAGE_BYTES, String.valueOf(bytes)),
                    AlterConfigOp.OpType.SET));
        }
    }

    /** Gives the topic the broker's own limit of record size again. */
    public void unlimitRecordSize(String topic) throws Exception {
        try (Admin admin = admin()) {
            setMaxMessageBytes(admin, topic, new AlterConfigOp(new ConfigEntry(MAX_MESSAGE_BYTES, null),
                    AlterConfigOp.OpType.DELETE));
        }
    }

    /** The offset the group committed on partition 0 of the topic: the next record it will read; -1 if none. */
    public long committedOffset(String group, String topic) throws Exception {
        try (Admin admin = admin()) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(topic, 0));
            return committed == null ? -1 : committed.offset();
        }
    }

    private static void setMaxMessageBytes(Admin admin, String topic, AlterConfigOp op) throws Exception {
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(op)))
                .all().get();
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", brokers));
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
