package com.seventargets.camel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's own JavaBeans properties: the configuration every endpoint starts from (the bean that Spring XML
 * and Blueprint set the options on) and the switch to the global SSL context parameters.
 */
class ComponentOptionsTest {

    @Test
    void theConfigurationAndTheGlobalSslSwitchAreTheComponentsOwn() {
        SevenTargetsComponent component = new SevenTargetsComponent();
        SevenTargetsConfiguration shared = new SevenTargetsConfiguration();
        shared.setSource("Shared");

        component.setConfiguration(shared);
        component.setUseGlobalSslContextParameters(true);

        assertThat(component.getConfiguration()).isSameAs(shared);
        assertThat(component.getConfiguration().getSource()).isEqualTo("Shared");
        assertThat(component.isUseGlobalSslContextParameters()).isTrue();
        component.setUseGlobalSslContextParameters(false);
        assertThat(component.isUseGlobalSslContextParameters()).isFalse();
    }
}
