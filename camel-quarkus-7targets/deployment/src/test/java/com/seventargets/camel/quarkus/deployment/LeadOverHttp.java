package com.seventargets.camel.quarkus.deployment;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.seventargets.camel.model.Lead;
import io.vertx.ext.web.Router;
import org.apache.camel.ProducerTemplate;

/** Lets a dev-mode test send a lead through the application's route: {@code POST /lead?email=...}. */
@ApplicationScoped
public class LeadOverHttp {

    void route(@Observes Router router, ProducerTemplate template) {
        router.post("/lead").blockingHandler(request -> {
            String email = request.queryParams().get("email");
            Lead created = template.requestBody("direct:lead", Map.of("name", "Ada", "email", email), Lead.class);
            request.response().end(String.valueOf(created.getId()));
        });
    }
}
