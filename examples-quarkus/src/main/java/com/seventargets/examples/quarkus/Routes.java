package com.seventargets.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.ExecutorService;

import com.seventargets.camel.SevenTargetsConstants;
import com.seventargets.camel.SevenTargetsRateLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.dataformat.csv.CsvDataFormat;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every way a lead reaches 7Targets in this application: HTTP, CSV files, JMS and Kafka; and the progress of the CSV
 * imports.
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
    TransientFailure transientFailure;
    @Inject
    CsvImports csvImports;
    @Inject
    RowOutcomes rowOutcomes;
    @Inject
    QuotaPause quotaPause;
    @ConfigProperty(name = "leads.csv.concurrency")
    int csvConcurrency;

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

        // Files: each row of a CSV dropped into the inbox becomes a lead; the file is read as a stream, its rows sent
        // leads.csv.concurrency at a time, and each row's outcome written to <file>.<time>.results.csv beside the done
        // file. The file stays in the inbox until its end: an application stopped or killed on the way takes it again
        // when it starts, and the rows created before are not sent again (they are "already created").
        from("file:{{leads.inbox}}?include=.*\\.csv&exclude=.*\\.results\\.csv&readLock=changed"
             + "&move={{leads.done}}/${file:name}&moveFailed={{leads.failed}}/${file:name}").routeId("csv-leads")
                .onCompletion()
                    .process(csvImports::end)
                .end()
                .process(csvImports::start)
                .unmarshal(csvWithHeader())
                // the rows' exchanges are not kept: the split keeps only the file's exchange, and the counts are in
                // the import. Each row goes to the row route on a copy (enrich) that is dropped after: a failure the
                // row route handled (written to the results) does not stop the file; one it could not handle (its
                // outcome not written) does, and the file goes to the failed folder
                .split(body()).streaming().parallelProcessing().executorService(csvRowThreads()).stopOnException()
                    .enrich("direct:csv-row", (file, row) -> file)
                .end()
                .log("${file:name}: ${exchangeProperty." + CsvImport.PROPERTY + ".summary}");

        // one row of a CSV file: a transient failure is retried as JMS and Kafka do, 7Targets' quota pauses the imports
        from("direct:csv-row").routeId("csv-row")
                .onException(SevenTargetsRateLimitException.class).onWhen(QuotaPause::isQuota)
                    .retryWhile(quotaPause).redeliveryDelay(0).onRedelivery(quotaPause::await)
                    .handled(true).process(rowOutcomes::failed)
                .end()
                .onException(Exception.class).onWhen(transientFailure)
                    .maximumRedeliveries("{{leads.redelivery.attempts}}")
                    .redeliveryDelay("{{leads.redelivery.delay}}").useExponentialBackOff()
                    .handled(true).process(rowOutcomes::failed)
                .end()
                .onException(Exception.class)
                    .handled(true).process(rowOutcomes::failed)
                .end()
                .process(rowOutcomes::begin)
                .process(csvImports::holdIfStopping)
                .process(quotaPause::await)
                .to("seventargets:lead?source=CSV")
                .process(rowOutcomes::sent);

        // the progress of the CSV imports under way, every few seconds; GET /imports gives it as JSON
        from("timer:csv-progress?period={{leads.csv.progress-interval}}&delay={{leads.csv.progress-interval}}")
                .routeId("csv-progress")
                .process(exchange -> csvImports.logProgress());
        httpRoute("platform-http:/imports?httpMethodRestrict=GET").routeId("http-imports")
                .removeHeaders("*")
                .process(exchange -> exchange.getMessage().setBody(csvImports.status()))
                .marshal().json();

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

    /**
     * The threads that send a CSV file's rows: {@code leads.csv.concurrency} of them, and a queue as long; when it is
     * full, the thread that reads the file sends the row itself, so that reading waits for sending and no more than
     * about twice the concurrency of rows are held, whatever the file's size.
     */
    private ExecutorService csvRowThreads() {
        if (csvConcurrency < 1) {
            throw new IllegalArgumentException("leads.csv.concurrency must be 1 or more (the rows sent at once), was "
                                               + csvConcurrency);
        }
        return getCamelContext().getExecutorServiceManager().newThreadPool(this, "csv-rows",
                new ThreadPoolProfileBuilder("csv-rows").poolSize(csvConcurrency).maxPoolSize(csvConcurrency)
                        .maxQueueSize(csvConcurrency).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build());
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
