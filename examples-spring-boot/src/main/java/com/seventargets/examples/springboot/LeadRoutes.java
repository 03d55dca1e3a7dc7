package com.seventargets.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/** The route; the credentials and defaults come from application.properties (camel.component.seventargets.*). */
// tag::routes[]
@Component
public class LeadRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // POST /leads with one lead as JSON: answers the created lead, with its id
        from("platform-http:/leads?httpMethodRestrict=POST").routeId("http-leads")
                .to("seventargets:lead")
                .log("Created lead ${header.CamelSevenTargetsLeadId}")
                .marshal().json(JsonLibrary.Jackson);
    }
}
// end::routes[]
