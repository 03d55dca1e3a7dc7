package com.seventargets.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import io.agroal.api.AgroalDataSource;
import org.apache.camel.CamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link CreatedLeads} repository every route's 7Targets endpoint checks before it creates a lead, on the
 * application's datasource ({@code quarkus.datasource.*}). The endpoints start and stop it.
 */
@ApplicationScoped
public class CreatedLeadsProducer {

    /** The bean's name, for {@code idempotentRepository=#bean:createdLeads}. */
    public static final String NAME = "createdLeads";

    @Produces
    @Singleton
    @Named(NAME)
    CreatedLeads createdLeads(AgroalDataSource dataSource, CamelContext camelContext,
                              @ConfigProperty(name = "leads.once.lock-max-age") long lockMaxAgeMillis) {
        return new CreatedLeads(dataSource, camelContext, lockMaxAgeMillis);
    }
}
