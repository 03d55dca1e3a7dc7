package com.seventargets.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.seventargets.camel.SevenTargetsConstants;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.dataformat.csv.CsvDataFormat;
import org.apache.camel.model.RouteDefinition;

/**
 * Every way a lead reaches 7Targets in this application: HTTP, CSV files, JMS and Kafka.
 */
@ApplicationScoped
public class Routes extends RouteBuilder {

    /** The HTTP answer's header that says a lead was already created (Camel's own headers are not answered). */
    static final String DUPLICATE_HTTP_HEADER = "Lead-Duplicate";

    /**
     * The Kafka consumer commits the offsets of the records it has handled (created or dead-lettered), and only
     * those: Camel's synchronous commit manager (it needs the manual-commit factory: without one Camel commits
     * nothing) commits after each poll, when partitions are revoked and when the route stops. A record that could be
     * neither stops its partition, which is read again from that record.
     */
    static final String KAFKA_COMMITS = "autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
            + "&kafkaManualCommitFactory=#class:org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommitFactory";

    /**
     * The component's headers, in any case: a producer on a broker must not choose the operation (a JMS property
     * CamelSevenTargetsOperation=stopFollowup would stop the follow-up of whatever e-mail the body names).
     */
    static final String COMPONENT_HEADERS = "(?i)CamelSevenTargets.*";

    @Inject
    HttpErrorReplies httpErrorReplies;
    @Inject
    RejectedRows rejectedRows;
    @Inject
    TransientFailure transientFailure;

    @Override
    public void configure() {
        // HTTP: POST /leads creates the lead in the JSON body and answers 201 with it; a lead already created is not
        // sent again: 200 with the lead as it came and the header Lead-Duplicate: true
        httpRoute("platform-http:/leads?httpMethodRestrict=POST").routeId("http-create-lead")
                .to("seventargets:lead?source=API")
                .removeHeaders("*", SevenTargetsConstants.DUPLICATE)
                .choice()
                    .when(header(SevenTargetsConstants.DUPLICATE))
                        .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200))
                        .setHeader(DUPLICATE_HTTP_HEADER, constant(true))
                    .otherwise()
                        .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201))
                .end()
                .removeHeader(SevenTargetsConstants.DUPLICATE)
                .marshal().json();

        // HTTP: GET /assistants lists every assistant
        httpRoute("platform-http:/assistants?httpMethodRestrict=GET").routeId("http-list-assistants")
                .to("seventargets:assistant?allPages=true")
                .removeHeaders("*")
                .marshal().json();

        // Files: each row of a CSV dropped into the inbox becomes a lead, read as a stream; rejected rows go to
        // <file>.errors.csv beside the done file
        from("file:{{leads.inbox}}?include=.*\\.csv&exclude=.*\\.errors\\.csv&readLock=changed"
             + "&move={{leads.done}}/${file:name}&moveFailed={{leads.failed}}/${file:name}").routeId("csv-leads")
                // a row whose outcome cannot be written stops the file, which goes to the failed folder
                .onCompletion().onFailureOnly()
                    .log(LoggingLevel.WARN, "${file:name}: ${exchangeProperty." + LeadCounts.PROPERTY + "}, then"
                                            + " stopped by a row whose outcome could not be written (logged above):"
                                            + " moved to {{leads.failed}}")
                .end()
                .process(LeadCounts::start)
                .process(rejectedRows::clear)
                .unmarshal(csvWithHeader())
                .split(body()).streaming().stopOnException()
                    .doTry()
                        .to("seventargets:lead?source=CSV")
                        .process(LeadCounts::createdOrAlready)
                    .doCatch(Exception.class)
                        .process(rejectedRows)
                        .process(LeadCounts::rejected)
                    .end()
                .end()
                .log("${file:name}: ${exchangeProperty." + LeadCounts.PROPERTY + "}");

        // JMS: one lead per JSON message on a queue; failures go to the dead-letter queue, transient ones after retries
        // transacted: a message is taken off the queue only once it is created or dead-lettered; otherwise the broker
        // delivers it again
        deadLetterOnFailure(from("jms:queue:{{leads.jms.queue}}?transacted=true"),
                "jms:queue:{{leads.jms.dead-letter-queue}}")
                .routeId("jms-leads").autoStartup("{{leads.jms.enabled}}")
                .removeHeaders(COMPONENT_HEADERS)
                .to("seventargets:lead?source=JMS")
                .choice()
                    .when(header(SevenTargetsConstants.DUPLICATE))
                        .log("JMS message ${header.JMSMessageID}: lead already created, not sent again")
                    .otherwise()
                        .log("JMS message ${header.JMSMessageID}: created lead ${header.CamelSevenTargetsLeadId}");

        // Kafka: one lead per JSON record on a topic; failures go to the dead-letter topic, transient ones after retries
        deadLetterOnFailure(from("kafka:{{leads.kafka.topic}}?" + KAFKA_COMMITS), "kafka:{{leads.kafka.dead-letter-topic}}")
                .routeId("kafka-leads").autoStartup("{{leads.kafka.enabled}}")
                .removeHeaders(COMPONENT_HEADERS)
                .to("seventargets:lead?source=Kafka")
                .choice()
                    .when(header(SevenTargetsConstants.DUPLICATE))
                        .log("Kafka record ${header.kafka.PARTITION}/${header.kafka.OFFSET}: lead already created,"
                             + " not sent again")
                    .otherwise()
                        .log("Kafka record ${header.kafka.PARTITION}/${header.kafka.OFFSET}: created lead"
                             + " ${header.CamelSevenTargetsLeadId}");
    }

    private RouteDefinition httpRoute(String uri) {
        RouteDefinition route = from(uri);
        route.onException(Exception.class).handled(true).process(httpErrorReplies);
        return route;
    }

    private RouteDefinition deadLetterOnFailure(RouteDefinition route, String deadLetterUri) {
        // a dead letter that cannot be written fails the message, which its transport then delivers again
        route.errorHandler(deadLetterChannel(deadLetterUri).deadLetterHandleNewException(false).useOriginalMessage()
                .onPrepareFailure(FailureReason::setHeader));
        route.onException(Exception.class).onWhen(transientFailure)
                .maximumRedeliveries("{{leads.redelivery.attempts}}")
                .redeliveryDelay("{{leads.redelivery.delay}}").useExponentialBackOff();
        return route;
    }

    private static CsvDataFormat csvWithHeader() {
        CsvDataFormat csv = new CsvDataFormat();
        csv.setUseOrderedMaps(true);
        csv.setLazyLoad(true);
        csv.setIgnoreEmptyLines(true);
        csv.setTrim(true);
        return csv;
    }
}
