package com.seventargets.camel.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application with one route to 7Targets, configured only by the starter's properties. */
@SpringBootApplication
class TestApplication {

    static final String ASSISTANT = "assistant1@simulator.7targets.test";

    @Bean
    RouteBuilder leadRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:lead").routeId("lead").to("seventargets:lead");
            }
        };
    }
}
