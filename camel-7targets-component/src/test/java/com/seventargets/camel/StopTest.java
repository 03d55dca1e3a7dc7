package com.seventargets.camel;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import com.seventargets.camel.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.CamelAssertions.awaitUntil;
import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a stopped component leaves behind: none of its threads keeps running. Its own CamelContext, so that the
 * threads it started can be told from those of the other tests' contexts in the same JVM.
 */
class StopTest extends SevenTargetsTestSupport {

    @Test
    void stoppingTheContextEndsTheThreadsOfTheComponent() throws Exception {
        Set<Thread> before = componentThreads();
        try (CamelContext stopped = new DefaultCamelContext()) {
            stopped.addComponent("seventargets", componentFor(simulator()));
            stopped.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:create").to("seventargets:lead");
                }
            });
            stopped.start();
            Lead created = stopped.createProducerTemplate().requestBody("direct:create",
                    lead("Ada", "ada@example.com"), Lead.class);
            assertThat(created.getId()).isNotNull();
            assertThat(componentThreads()).as("the timer of the calls' deadlines runs")
                    .anyMatch(thread -> !before.contains(thread));
            stopped.stop();
        }
        awaitUntil(Duration.ofSeconds(30), () -> before.containsAll(componentThreads()));
    }

    private static Set<Thread> componentThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("SevenTargets")).collect(Collectors.toSet());
    }
}
