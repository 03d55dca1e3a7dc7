package com.seventargets.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RoutesDefinition;
import org.apache.camel.support.PluginHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static com.seventargets.camel.TestLeads.lead;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client secret, the access tokens, the user identifier and the proxy credentials appear in no log line, exception message,
 * toString() or endpoint URI, whether they are configured on the component or typed into a URI.
 */
class SecretsTest extends SevenTargetsTestSupport {

    private static final String URI_SECRET = "uri-secret-7d1e";
    private static final String URI_USER = "uri-user-93ab";
    private static final String URI_CLIENT = "uri-client-5c2f";
    private static final String URI_PROXY_USER = "uri-proxy-user-41d0";
    private static final String URI_PROXY_PASSWORD = "uri-proxy-password-8e6b";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("log:dead?showAll=true&showCaughtException=true&showStackTrace=true"));
                from("direct:create").routeId("create").to("seventargets:lead");
                from("direct:list").routeId("list").to("seventargets:assistant");
                from("direct:update").routeId("update").to("seventargets:lead?operation=update");
                // credentials typed into the URI: the worst case
                from("direct:inUri").routeId("inUri").to("seventargets:lead?clientId=" + URI_CLIENT
                                                         + "&clientSecret=" + URI_SECRET + "&userIdentifier=" + URI_USER);
                from("direct:realInUri").routeId("realInUri").to(realInUri());
                from("direct:proxied").routeId("proxied").to("seventargets:lead?proxyHost=127.0.0.1&proxyPort="
                        + simulator().port() + "&proxyAuthUsername=" + URI_PROXY_USER
                        + "&proxyAuthPassword=" + URI_PROXY_PASSWORD);
                // the recommended way to put credentials on one endpoint: property placeholders
                from("direct:placeholders").routeId("placeholders")
                        .to("seventargets:lead?clientSecret={{lead.secret}}&userIdentifier={{lead.user}}");
                // option names in another case, and a RAW value with a parenthesis inside
                from("direct:oddCase").routeId("oddCase").to("seventargets:assistant?ClientSecret=RAW(" + URI_SECRET
                                                             + ")x)&USERIDENTIFIER=" + URI_USER);
            }
        };
    }

    @Test
    void noSecretInLogsExceptionsToStringOrEndpointUris() throws Exception {
        List<String> printed = new ArrayList<>();
        String logs;
        try (LogCapture capture = new LogCapture(Map.of(
                "com.seventargets.camel", Level.TRACE,
                "org.apache.camel", Level.DEBUG,
                "org.apache.hc.client5.http", Level.DEBUG,
                "org.apache.hc.client5.http.headers", Level.DEBUG,
                "org.apache.hc.client5.http.wire", Level.DEBUG))) {
            simulator().faults().onPath("/leads").times(2).respond(503);
            template.sendBody("direct:create", lead("Ada", "ada@example.com"));
            template.sendBody("direct:list", null);
            simulator().revokeAllTokens();
            template.sendBody("direct:create", lead("Bob", "bob@example.com"));
            template.sendBody("direct:update", lead("Nobody", "nobody@example.com"));
            template.sendBody("direct:create", "{not json");
            template.sendBody("direct:inUri", lead("Cy", "cy@example.com"));
            template.sendBody("direct:realInUri", lead("Di", "di@example.com"));
            template.sendBody("direct:placeholders", lead("Ed", "ed@example.com"));
            simulator().faults().onPath("/leads").times(1).respond(407, "Proxy-Authenticate", "Basic realm=\"proxy\"");
            template.sendBody("direct:proxied", lead("Flo", "flo@example.com"));

            printed.add(routeDump());
            for (Endpoint endpoint : context.getEndpoints()) {
                printed.add(endpoint.toString());
                printed.add(endpoint.getEndpointUri());
                printed.add(endpoint.getEndpointBaseUri());
                printed.add(endpoint.getEndpointKey());
            }
            for (Route route : context.getRoutes()) {
                printed.add(route.toString());
                printed.add(route.getEndpoint().toString());
            }
            logs = capture.text();
        }
        printed.add(logs);
        String everything = String.join("\n", printed);

        List<String> secrets = new ArrayList<>(simulator().issuedTokens());
        secrets.addAll(List.of(simulator().clientId(), simulator().clientSecret(), simulator().userIdentifier(),
                URI_SECRET, URI_USER, URI_CLIENT, base64(simulator().clientId() + ":" + simulator().clientSecret()),
                URI_PROXY_USER, URI_PROXY_PASSWORD, base64(URI_PROXY_USER + ":" + URI_PROXY_PASSWORD)));
        assertThat(simulator().issuedTokens()).hasSize(2);
        assertThat(simulator().leadByEmail("di@example.com")).as("the masked URI kept the real credentials").isPresent();
        assertThat(simulator().leadByEmail("ed@example.com")).as("placeholders resolved").isPresent();
        assertThat(simulator().journal("/leads")).as("the proxy's challenge was answered with the credentials")
                .anySatisfy(r -> assertThat(r.header("Proxy-Authorization"))
                        .isEqualTo("Basic " + base64(URI_PROXY_USER + ":" + URI_PROXY_PASSWORD)));
        int endpoints = context.getEndpoints().size();
        Endpoint found = context.getEndpoint(realInUri());
        assertThat(context.getEndpoints()).as("the endpoint is still found by its real URI").hasSize(endpoints)
                .contains(found);
        assertThat(found.getEndpointUri()).isEqualTo("seventargets://lead?clientSecret=xxxxxx&userIdentifier=xxxxxx");
        assertThat(logs).as("the capture saw our debug lines and the failures")
                .contains("7Targets create: POST /leads (attempt 1) answered 503 in")
                .contains("7Targets create: POST /leads (attempt 3) answered 201")
                .contains("7Targets update: PUT /leads (attempt 1) answered 404")
                .as("HttpClient logged its DEBUG lines (its connections, ours, write no wire or header log)")
                .contains("preparing request execution")
                .contains("SevenTargetsValidationException")
                .contains("SevenTargetsAuthenticationException");
        for (String secret : secrets) {
            assertThat(everything).as("printed output").doesNotContain(secret);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties credentials = new Properties();
        credentials.setProperty("lead.secret", simulator().clientSecret());
        credentials.setProperty("lead.user", simulator().userIdentifier());
        context.getPropertiesComponent().setInitialProperties(credentials);
        return context;
    }

    /**
     * The routes as Camel dumps them, but for those that type credentials into their URIs: a dump prints a route
     * as it was written, which no component can change (docs/security.md says so).
     */
    private String routeDump() throws Exception {
        RoutesDefinition routes = new RoutesDefinition();
        routes.setRoutes(((ModelCamelContext) context).getRouteDefinitions().stream()
                .filter(route -> !List.of("inUri", "realInUri", "oddCase", "proxied").contains(route.getRouteId())).toList());
        String dump = PluginHelper.getModelToYAMLDumper(context).dumpModelAsYaml(context, routes);
        assertThat(dump).contains("seventargets:lead?clientSecret={{lead.secret}}");
        return dump;
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String realInUri() {
        return "seventargets:lead?clientSecret=RAW(" + simulator().clientSecret() + ")&userIdentifier=RAW("
               + simulator().userIdentifier() + ")";
    }
}
