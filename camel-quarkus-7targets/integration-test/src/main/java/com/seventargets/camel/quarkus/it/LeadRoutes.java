package com.seventargets.camel.quarkus.it;

import org.apache.camel.builder.RouteBuilder;

/** A route to 7Targets, as a user writes it. */
public class LeadRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("direct:lead").to("seventargets:lead");
        // end::route[]
    }
}
