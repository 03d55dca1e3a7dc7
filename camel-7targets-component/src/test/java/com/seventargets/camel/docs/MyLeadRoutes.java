package com.seventargets.camel.docs;

import org.apache.camel.builder.RouteBuilder;

/** The routes that the testing page's example test tests. */
class MyLeadRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:import").to("seventargets:lead");
    }
}
