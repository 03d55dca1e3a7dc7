package com.seventargets.camel.quarkus.deployment;

import org.apache.camel.builder.RouteBuilder;

/** What a user writes: a route to 7Targets, with no 7Targets configuration anywhere. */
public class LeadRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:lead").to("seventargets:lead");
    }
}
