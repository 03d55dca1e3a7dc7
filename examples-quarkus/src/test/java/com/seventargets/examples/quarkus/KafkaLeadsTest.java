package com.seventargets.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.seventargets.examples.quarkus.KafkaClient.Received;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
class KafkaLeadsTest extends SimulatorTest {

    private static final String TOPIC = "leads";
    private static final String DEAD_LETTER_TOPIC = "leads.dead";
    private static final Duration DELIVERED = Duration.ofSeconds(30);

    private static final String GROUP = "seventargets-leads";

    KafkaClient kafka;

    @Test
    void leadCreatedBeforeIsLoggedAndNotSentAgain() throws Exception {
        AppLog log = new AppLog();
        String lead = "{\"name\": \"Ona\", \"email\": \"ona.kafka@example.com\"}";
        kafka.send(TOPIC, lead);
        long again = kafka.send(TOPIC, lead);

        await().atMost(DELIVERED).until(() -> log.contains("Kafka record 0/" + again + ": lead already created"));
        assertThat(postsOf("ona.kafka@example.com")).isEqualTo(1);
    }

    @Test
    void recordWhoseDeadLetterCannotBeWrittenIsNotCommittedAndIsDeadLetteredOnceItCan() throws Exception {
        AppLog log = new AppLog();
        // no dead letter fits
        kafka.limitRecordSize(DEAD_LETTER_TOPIC, 1);
        try {
            String invalid = "{\"name\": \"Nobody\", \"company\": \"kafka-dead-letter-fails\"}";
            long offset = kafka.send(TOPIC, invalid);

            // refused twice: read again from the record that could not be dead-lettered
            await().atMost(DELIVERED).until(() -> log.count("Will seek consumer to offset " + offset + " on partition 0")
                                                  >= 2);
            assertThat(kafka.committedOffset(GROUP, TOPIC)).as("not committed past it").isLessThanOrEqualTo(offset);

            kafka.unlimitRecordSize(DEAD_LETTER_TOPIC);
            Received dead = kafka.find(DEAD_LETTER_TOPIC, "kafka-dead-letter-fails", DELIVERED);
            assertThat(dead).isNotNull();
            assertThat(dead.rejectedReason()).contains("email is missing");
            await().atMost(DELIVERED).until(() -> kafka.committedOffset(GROUP, TOPIC) > offset);
        } finally {
            kafka.unlimitRecordSize(DEAD_LETTER_TOPIC);
        }
    }

    @Test
    void recordOnTheTopicBecomesALead() throws Exception {
        kafka.send(TOPIC, "{\"name\": \"Max\", \"email\": \"max.kafka@example.com\"}");

        await().atMost(DELIVERED).until(() -> simulator.leadByEmail("max.kafka@example.com").isPresent());
        assertThat(simulator.leadByEmail("max.kafka@example.com").get()).containsEntry("source", "Kafka");
    }

    @Test
    void invalidLeadGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String invalid = "{\"name\": \"Nobody\", \"email\": \"not-an-email\", \"company\": \"kafka-invalid\"}";
        kafka.send(TOPIC, invalid);

        Received dead = kafka.find(DEAD_LETTER_TOPIC, "kafka-invalid", DELIVERED);

        assertThat(dead).isNotNull();
        assertThat(dead.value()).isEqualTo(invalid);
        assertThat(dead.rejectedReason()).contains("email 'not-an-email' is not an e-mail address");
        assertThat(simulator.journal("/leads")).as("refused before sending").isEmpty();
    }
}
