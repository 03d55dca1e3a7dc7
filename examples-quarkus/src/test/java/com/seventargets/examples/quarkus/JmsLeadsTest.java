package com.seventargets.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import com.seventargets.examples.quarkus.JmsClient.Received;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ArtemisResource.class, scope = TestResourceScope.GLOBAL)
class JmsLeadsTest extends SimulatorTest {

    private static final String QUEUE = "leads";
    private static final String DEAD_LETTER_QUEUE = "leads.dead";
    private static final Duration DELIVERED = Duration.ofSeconds(60);

    JmsClient jms;

    @Test
    void messageOnTheQueueBecomesALead() {
        jms.send(QUEUE, "{\"name\": \"Jo\", \"email\": \"jo.jms@example.com\"}");

        await().atMost(DELIVERED).until(() -> simulator.leadByEmail("jo.jms@example.com").isPresent());
        assertThat(simulator.leadByEmail("jo.jms@example.com").get()).containsEntry("source", "JMS");
    }

    @Test
    void transientFailuresAreRetriedUntilTheLeadIsCreated() {
        simulator.faults().onPath("/leads").times(2).respond(503);

        jms.send(QUEUE, "{\"name\": \"Kim\", \"email\": \"kim.jms@example.com\"}");

        await().atMost(DELIVERED).until(() -> simulator.leadByEmail("kim.jms@example.com").isPresent());
        assertThat(postsOf("kim.jms@example.com")).isEqualTo(3);
    }

    @Test
    void leadCreatedBeforeIsLoggedAndNotSentAgain() throws Exception {
        AppLog log = new AppLog();
        String lead = "{\"name\": \"Pat\", \"email\": \"pat.jms@example.com\"}";
        jms.send(QUEUE, lead);
        jms.send(QUEUE, lead);

        await().atMost(DELIVERED).until(() -> log.contains(": lead already created, not sent again"));
        assertThat(postsOf("pat.jms@example.com")).isEqualTo(1);
    }

    @Test
    void messageWhoseDeadLetterCannotBeWrittenIsRolledBackAndDeadLetteredOnceItCan() throws Exception {
        AppLog log = new AppLog();
        jms.closeQueue(DEAD_LETTER_QUEUE);
        try {
            String invalid = "{\"name\": \"No Email\", \"company\": \"jms-dead-letter-fails\"}";
            jms.send(QUEUE, invalid);

            // failed twice: rolled back, the broker delivered it again
            await().atMost(DELIVERED).until(() -> log.count("There is no queue with name " + DEAD_LETTER_QUEUE) >= 2);

            jms.openQueue(DEAD_LETTER_QUEUE);
            Received dead = jms.receive(DEAD_LETTER_QUEUE, invalid, DELIVERED);
            assertThat(dead).isNotNull();
            assertThat(dead.rejectedReason()).contains("email is missing");
        } finally {
            jms.openQueue(DEAD_LETTER_QUEUE);
        }
    }

    @Test
    void invalidLeadGoesToTheDeadLetterQueueAtOnceWithItsReason() throws Exception {
        String invalid = "{\"name\": \"No Email\", \"company\": \"jms-invalid\"}";
        jms.send(QUEUE, invalid);

        Received dead = jms.receive(DEAD_LETTER_QUEUE, invalid, DELIVERED);

        assertThat(dead).isNotNull();
        assertThat(dead.body()).isEqualTo(invalid);
        assertThat(dead.rejectedReason()).contains("email is missing");
        assertThat(simulator.journal("/leads")).noneMatch(request -> request.body().contains("jms-invalid"));
    }

    @Test
    void leadStillFailingAfterTheRetriesGoesToTheDeadLetterQueue() throws Exception {
        simulator.faults().onPath("/leads").times(100).respond(500);
        String lead = "{\"name\": \"Lee\", \"email\": \"lee.jms@example.com\"}";

        jms.send(QUEUE, lead);
        Received dead = jms.receive(DEAD_LETTER_QUEUE, lead, DELIVERED);

        assertThat(dead).isNotNull();
        assertThat(dead.body()).isEqualTo(lead);
        assertThat(dead.rejectedReason()).contains("HTTP 500");
        // the first attempt and leads.redelivery.attempts (3) retries
        assertThat(postsOf("lee.jms@example.com")).isEqualTo(4);
    }

    @Test
    void aHeaderOfTheComponentOnTheMessageDoesNotChooseTheOperation() throws Exception {
        jms.send(QUEUE, "{\"name\": \"Op\", \"email\": \"op.jms@example.com\"}",
                Map.of("CAMELSEVENTARGETSOPERATION", "stopFollowup"));

        await().atMost(DELIVERED).until(() -> simulator.leadByEmail("op.jms@example.com").isPresent());
        assertThat(simulator.journal()).as("created, not stopped")
                .noneMatch(request -> request.path().startsWith("/leads/stop"));
    }
}
