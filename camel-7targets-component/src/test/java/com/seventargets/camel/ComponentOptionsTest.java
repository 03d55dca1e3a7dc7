package com.seventargets.camel;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each JavaBeans property of the component (what Spring XML and Blueprint set) writes its option into the
 * configuration every endpoint starts from, and reads it back from there.
 */
class ComponentOptionsTest {

    @Test
    void everyPropertyWritesAndReadsTheComponentsConfiguration() throws Exception {
        Map<String, PropertyDescriptor> configurationProperties = properties(SevenTargetsConfiguration.class);
        SevenTargetsComponent component = new SevenTargetsComponent();
        int checked = 0;
        for (PropertyDescriptor property : properties(SevenTargetsComponent.class).values()) {
            PropertyDescriptor inConfiguration = configurationProperties.get(property.getName());
            if (property.getWriteMethod() == null || inConfiguration == null) {
                continue; // not an option of the configuration (configuration itself, useGlobalSslContextParameters)
            }
            for (Object value : samples(property.getPropertyType())) {
                property.getWriteMethod().invoke(component, value);

                assertThat(property.getReadMethod().invoke(component)).as(property.getName()).isEqualTo(value);
                assertThat(inConfiguration.getReadMethod().invoke(component.getConfiguration()))
                        .as(property.getName() + " in the configuration").isEqualTo(value);
            }
            checked++;
        }
        assertThat(checked).as("every option of the configuration").isEqualTo(configurationProperties.size());
    }

    @Test
    void theConfigurationAndTheGlobalSslSwitchAreTheComponentsOwn() {
        SevenTargetsComponent component = new SevenTargetsComponent();
        SevenTargetsConfiguration shared = new SevenTargetsConfiguration();
        shared.setSource("Shared");

        component.setConfiguration(shared);
        component.setUseGlobalSslContextParameters(true);

        assertThat(component.getConfiguration()).isSameAs(shared);
        assertThat(component.getSource()).isEqualTo("Shared");
        assertThat(component.isUseGlobalSslContextParameters()).isTrue();
        component.setUseGlobalSslContextParameters(false);
        assertThat(component.isUseGlobalSslContextParameters()).isFalse();
    }

    private static Map<String, PropertyDescriptor> properties(Class<?> type) throws Exception {
        return Arrays.stream(Introspector.getBeanInfo(type).getPropertyDescriptors())
                .filter(property -> property.getReadMethod() != null && !property.getName().equals("class"))
                .collect(Collectors.toMap(PropertyDescriptor::getName, property -> property));
    }

    /** Two values of the type, neither of them a default. */
    private static Object[] samples(Class<?> type) {
        if (type == String.class) {
            return new Object[] {"first", "second"};
        }
        if (type == int.class || type == Integer.class) {
            return new Object[] {7, 11};
        }
        if (type == long.class || type == Long.class) {
            return new Object[] {7_000L, 11_000L};
        }
        if (type == boolean.class) {
            return new Object[] {true, false};
        }
        if (type == SSLContextParameters.class) {
            return new Object[] {new SSLContextParameters()};
        }
        if (type == IdempotentRepository.class) {
            return new Object[] {new MemoryIdempotentRepository()};
        }
        if (type.isEnum()) {
            return type.getEnumConstants();
        }
        throw new IllegalStateException("no sample value for a property of type " + type);
    }
}
