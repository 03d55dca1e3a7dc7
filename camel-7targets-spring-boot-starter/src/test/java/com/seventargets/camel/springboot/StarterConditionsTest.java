package com.seventargets.camel.springboot;

import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.SevenTargetsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.actuate.health.CamelHealthCheckAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's switches: {@code enabled} and {@code customizer.enabled} as in Camel's starters, and the health
 * indicator's, which says why it cannot tell.
 */
class StarterConditionsTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    CamelHealthCheckAutoConfiguration.class, SevenTargetsComponentConverter.class,
                    SevenTargetsComponentAutoConfiguration.class, SevenTargetsActuatorAutoConfiguration.class));

    @Test
    void enabledFalseLeavesThePropertiesOffTheComponent() {
        application.withPropertyValues("camel.component.seventargets.source=FromProperties",
                "camel.component.seventargets.enabled=false").run(context ->
                assertThat(source(context)).isNull());
    }

    @Test
    void aConfigurationBeanKeepsItsValuesWhereNoPropertyIsSet() {
        application.withBean("leadDefaults", SevenTargetsConfiguration.class, () -> {
            SevenTargetsConfiguration bean = new SevenTargetsConfiguration();
            bean.setBaseUrl("https://qa.api.7targets.test");
            bean.setMaxRetries(7);
            bean.setSource("FromBean");
            return bean;
        }).withPropertyValues("camel.component.seventargets.configuration=#bean:leadDefaults",
                "camel.component.seventargets.source=FromProperties").run(context -> {
                    SevenTargetsConfiguration applied = context.getBean(CamelContext.class)
                            .getComponent("seventargets", SevenTargetsComponent.class).getConfiguration();
                    assertThat(applied.getBaseUrl()).as("the bean's, not the default").isEqualTo("https://qa.api.7targets.test");
                    assertThat(applied.getMaxRetries()).isEqualTo(7);
                    assertThat(applied.getSource()).as("a property set refines the bean").isEqualTo("FromProperties");
                });
    }

    @Test
    void camelPlaceholdersInValuesAreResolved() {
        application.withPropertyValues("camel.component.seventargets.source={{lead.source}}",
                "lead.source=FromPlaceholder").run(context ->
                assertThat(source(context)).isEqualTo("FromPlaceholder"));
    }

    @Test
    void customizerEnabledFalseLeavesAComponentOfTheApplicationAlone() {
        ApplicationContextRunner ownComponent = application
                .withBean("seventargets", SevenTargetsComponent.class, () -> {
                    SevenTargetsComponent component = new SevenTargetsComponent();
                    component.getConfiguration().setSource("FromCode");
                    return component;
                })
                .withPropertyValues("camel.component.seventargets.source=FromProperties");

        ownComponent.run(context -> assertThat(source(context)).isEqualTo("FromProperties"));
        ownComponent.withPropertyValues("camel.component.seventargets.customizer.enabled=false")
                .run(context -> assertThat(source(context)).isEqualTo("FromCode"));
    }

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

    private static String source(ApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("seventargets", SevenTargetsComponent.class)
                .getConfiguration().getSource();
    }

    @Test
    void isOffWithManagementHealthSeventargetsEnabledFalse() {
        application.withPropertyValues("management.health.seventargets.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(SevenTargetsHealthIndicator.class));
    }
}
