package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;

/** A variant that is a Camel route from {@code direct:lead}: each call sends a lead and waits for the created one. */
abstract class CamelLeadClient implements LeadClient {

    private CamelContext context;
    private ProducerTemplate template;

    /** Adds or configures the components the route needs. */
    abstract void configure(CamelContext context, Target target, int connections);

    /** The route's steps after {@code from("direct:lead")}: it must end with the created {@link Lead} as body. */
    abstract void route(RouteDefinition route, Target target);

    @Override
    public final void start(Target target, int connections) throws Exception {
        context = new DefaultCamelContext();
        configure(context, target, connections);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                route(from("direct:lead"), target);
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @Override
    public final long create(Lead lead) {
        return template.requestBody("direct:lead", lead, Lead.class).getId();
    }

    @Override
    public final void close() throws Exception {
        if (context != null) {
            context.close();
        }
    }
}
