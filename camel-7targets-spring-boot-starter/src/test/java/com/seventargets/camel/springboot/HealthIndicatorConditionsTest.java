package com.seventargets.camel.springboot;

import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.actuate.health.CamelHealthCheckAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The health indicator says why it cannot tell, and can be turned off as any Spring Boot health indicator. */
class HealthIndicatorConditionsTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    CamelHealthCheckAutoConfiguration.class, SevenTargetsActuatorAutoConfiguration.class));

    @Test
    void isUnknownAndSaysSoWhenCamelsProducerChecksAreOff() {
        application.run(context -> {
            Health health = context.getBean(SevenTargetsHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("reason",
                    "Camel's producer health checks are off: set camel.health.producers-enabled=true");
        });
    }

    @Test
    void isUnknownWhenNoRouteSendsTo7Targets() {
        application.withPropertyValues("camel.health.producers-enabled=true").run(context -> {
            Health health = context.getBean(SevenTargetsHealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("reason", "No route sends to 7Targets");
        });
    }

    @Test
    void isOffWithManagementHealthSeventargetsEnabledFalse() {
        application.withPropertyValues("management.health.seventargets.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(SevenTargetsHealthIndicator.class));
    }
}
