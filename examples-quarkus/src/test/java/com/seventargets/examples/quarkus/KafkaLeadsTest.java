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

    KafkaClient kafka;

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
