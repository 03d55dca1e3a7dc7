package com.seventargets.benchmarks;

import static org.apache.camel.builder.Builder.constant;

import com.seventargets.camel.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.model.RouteDefinition;

/**
 * (b) What a user writes without the component: {@code setHeader("7ts-user-identifier")}, Jackson marshal,
 * camel-http with its OAuth2 client-credentials options, Jackson unmarshal.
 */
final class CamelHttpClient extends CamelLeadClient {

    private final boolean cacheTokens;

    CamelHttpClient(boolean cacheTokens) {
        this.cacheTokens = cacheTokens;
    }

    @Override
    void configure(CamelContext context, Target target, int connections) {
        if (connections > 0) {
            HttpComponent http = context.getComponent("http", HttpComponent.class);
            http.setConnectionsPerRoute(connections);
            http.setMaxTotalConnections(connections);
        }
    }

    @Override
    void route(RouteDefinition route, Target target) {
        route.setHeader("7ts-user-identifier", constant(target.userIdentifier()))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .marshal(new JacksonDataFormat(Lead.class))
                .to(target.leadsUrl()
                        + "?oauth2ClientId=RAW(" + target.clientId() + ")"
                        + "&oauth2ClientSecret=RAW(" + target.clientSecret() + ")"
                        + "&oauth2TokenEndpoint=RAW(" + target.tokenUrl() + ")"
                        + "&oauth2Scope=RAW(leads/post)"
                        + "&oauth2CacheTokens=" + cacheTokens)
                .unmarshal(new JacksonDataFormat(Lead.class));
    }
}
