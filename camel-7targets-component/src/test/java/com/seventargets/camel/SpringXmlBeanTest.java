package com.seventargets.camel;

import java.util.Map;

import com.seventargets.camel.model.Lead;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring XML {@code <camelContext>} with the component declared as a {@code <bean>}: Spring sets its options by
 * reflection, on the component's {@code configuration} bean (nested, as Blueprint also allows, or by a dotted
 * property path).
 */
class SpringXmlBeanTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    @Test
    void componentDeclaredAsASpringBeanCreatesALead() {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        try (GenericApplicationContext spring = new GenericApplicationContext()) {
            spring.getEnvironment().getPropertySources().addFirst(new MapPropertySource("simulator", Map.of(
                    "seventargets.clientId", simulator.clientId(),
                    "seventargets.clientSecret", simulator.clientSecret(),
                    "seventargets.userIdentifier", simulator.userIdentifier(),
                    "seventargets.tokenUrl", simulator.tokenUrl(),
                    "seventargets.baseUrl", simulator.baseUrl())));
            new XmlBeanDefinitionReader(spring).loadBeanDefinitions("classpath:spring/seventargets-context.xml");
            spring.refresh();
            CamelContext camel = spring.getBean(CamelContext.class);

            Lead created = camel.createProducerTemplate().requestBody("direct:spring-xml-create",
                    "{\"name\":\"Spring\",\"email\":\"spring@example.com\"}", Lead.class);

            assertThat(created.getId()).isNotNull();
            assertThat(simulator.leadByEmail("spring@example.com").orElseThrow())
                    .containsEntry("source", "Spring XML")
                    .containsEntry("assistantEmail", SevenTargetsTestSupport.ASSISTANT);
            assertThat(camel.getComponent("seventargets", SevenTargetsComponent.class).getConfiguration()
                    .getResponseTimeout()).isEqualTo(5000);
        }
    }
}
