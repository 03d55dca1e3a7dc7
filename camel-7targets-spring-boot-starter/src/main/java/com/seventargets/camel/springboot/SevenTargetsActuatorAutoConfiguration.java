package com.seventargets.camel.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot Actuator: the {@code seventargets} health indicator ({@code /actuator/health/seventargets};
 * {@code management.health.seventargets.enabled=false} turns it off) and the masking of the component's secrets in
 * {@code /actuator/env} and {@code /actuator/configprops}.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class SevenTargetsActuatorAutoConfiguration {

    @Bean
    @ConditionalOnBean(CamelContext.class)
    @ConditionalOnEnabledHealthIndicator("seventargets")
    public SevenTargetsHealthIndicator seventargetsHealthIndicator(CamelContext camelContext) {
        return new SevenTargetsHealthIndicator(camelContext);
    }

    @Bean
    public SanitizingFunction seventargetsSecretsSanitizer() {
        return new SevenTargetsSecretsSanitizer();
    }
}
