package com.seventargets.camel.springboot;

import java.util.HashMap;
import java.util.Map;

import com.seventargets.camel.SevenTargetsComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.seventargets.*} properties to the {@code seventargets} component, through the
 * component's generated configurer (as Camel's own starters do), when the component is first used; a second
 * component under another name (a bean {@code seventargets-eu}) keeps its own configuration.
 * {@code camel.component.seventargets.enabled=false} turns this off, {@code
 * camel.component.seventargets.customizer.enabled=false} keeps the properties off a component the application
 * registered itself.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, SevenTargetsComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.seventargets" })
public class SevenTargetsComponentAutoConfiguration {

    private static final String COMPONENT_NAME = "seventargets";
    /** The options of {@code ComponentConfigurationPropertiesCommon}, which belong to Spring Boot, not the component. */
    private static final String[] STARTER_ONLY_OPTIONS = { "enabled", "customizer" };

    @Lazy
    @Bean
    public ComponentCustomizer configureSevenTargetsComponent(ApplicationContext applicationContext,
            CamelContext camelContext, SevenTargetsComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                Map<String, Object> options = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
                for (String option : STARTER_ONLY_OPTIONS) {
                    options.remove(option);
                }
                // first, so that the single options below refine a configuration bean instead of being replaced by it
                Object base = options.remove("configuration");
                if (base != null) {
                    // and only those set: an option still at its default would overwrite the bean's own value
                    CamelPropertiesHelper.getNonNullProperties(camelContext, new SevenTargetsComponentConfiguration())
                            .forEach(options::remove);
                    CamelPropertiesHelper.setCamelProperties(camelContext, target, new HashMap<>(Map.of("configuration", base)),
                            true);
                }
                CamelPropertiesHelper.setCamelProperties(camelContext, target, options, true);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,
                        "camel.component.customizer", "camel.component.seventargets.customizer")
                       && target instanceof SevenTargetsComponent
                       // Camel's starters match the type only: another account's credentials would be overwritten
                       && COMPONENT_NAME.equals(name);
            }
        };
    }
}
