package com.seventargets.examples.quarkus;

import java.util.UUID;

import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repository of created leads on a real (H2) database: a key under way is never answered "already created". */
class CreatedLeadsTest {

    private static final String KEY = "sales@example.com ada@example.com";

    private final DefaultCamelContext context = new DefaultCamelContext();
    private CreatedLeads leads;

    @BeforeEach
    void start() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:created-leads-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        database.setPassword("sa");
        leads = new CreatedLeads(database, context, 60_000);
        leads.start();
    }

    @AfterEach
    void stop() {
        leads.stop();
    }

    @Test
    void aConfirmedKeyIsAlreadyCreated() {
        assertThat(leads.add(KEY)).isTrue();
        leads.confirm(KEY);

        assertThat(leads.add(KEY)).isFalse();
    }

    @Test
    void aKeyTakenButNotConfirmedFailsRatherThanCountAsCreated() {
        assertThat(leads.add(KEY)).isTrue();

        assertThatThrownBy(() -> leads.add(KEY)).isInstanceOf(CreateUnderWayException.class)
                .hasMessageContaining("60000 ms").hasMessageNotContaining("example.com");
    }

    @Test
    void aRemovedKeyIsTakenAgain() {
        assertThat(leads.add(KEY)).isTrue();
        leads.remove(KEY);

        assertThat(leads.add(KEY)).isTrue();
    }
}
