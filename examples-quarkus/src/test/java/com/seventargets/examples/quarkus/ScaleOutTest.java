package com.seventargets.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.seventargets.camel.SevenTargetsComponent;
import com.sun.management.OperatingSystemMXBean;
import com.seventargets.camel.metrics.SevenTargetsStats;
import com.seventargets.camel.metrics.SevenTargetsStats.Kind;
import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two instances of the application's Kafka route (two CamelContexts, each with its own 7Targets component, so its
 * own token and limits) in one consumer group on one topic of 4 partitions, on a real in-process KRaft broker.
 */
class ScaleOutTest {

    private static final Logger LOG = LoggerFactory.getLogger(ScaleOutTest.class);
    private static final int LEADS = 2000;
    private static final int PARTITIONS = 4;
    private static final Duration ALL_CREATED = Duration.ofSeconds(60);
    private static final Pattern EMAIL = Pattern.compile("\"email\":\"([^\"]+)\"");
    private static final Pattern SOURCE = Pattern.compile("\"source\":\"([^\"]+)\"");

    private static final KafkaResource KAFKA = new KafkaResource();
    private static String brokers;
    private static Admin admin;
    private static KafkaProducer<String, String> producer;
    private static SevenTargetsSimulator simulator;

    @BeforeAll
    static void startBrokerAndSimulator() {
        brokers = KAFKA.start().get("camel.component.kafka.brokers");
        admin = Admin.create(Map.of("bootstrap.servers", brokers));
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", brokers, "linger.ms", "5"),
                new StringSerializer(), new StringSerializer());
        simulator = SevenTargetsSimulator.builder().build().start();
    }

    @AfterAll
    static void stopBrokerAndSimulator() {
        producer.close();
        admin.close();
        KAFKA.stop();
        simulator.stop();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
    }

    @Test
    void twoInstancesShareTheTopicAndOneTakesOverWhenTheOtherStops() throws Exception {
        takeover("takeover", false);
    }

    /**
     * The figures behind the choice of Camel's commit manager over a commit of each record in the route (a long run:
     * {@code -Ddelivery.long=true}, docs/delivery.md).
     */
    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @EnabledIfSystemProperty(named = "delivery.long", matches = "true")
    void commitManagerOrACommitOfEachRecord() throws Exception {
        takeover("commits-warm-up", false); // leadsPerSecond has its own "warm-up" topic
        Takeover manager = takeover("manager", false);
        Takeover each = takeover("each", true);
        LOG.info("Kafka commits, {} leads, takeover half-way: Camel's commit manager {} leads/s, {} posted twice;"
                 + " a commit of each record in the route {} leads/s, {} posted twice", LEADS,
                Math.round(manager.leadsPerSecond()), manager.postedTwice(), Math.round(each.leadsPerSecond()),
                each.postedTwice());
    }

    private record Takeover(double leadsPerSecond, int postedTwice) {
    }

    private Takeover takeover(String group, boolean commitEachRecord) throws Exception {
        simulator.reset();
        String topic = createTopic("leads-" + group);
        try (Instance a = new Instance("A", topic, group, null, commitEachRecord);
             Instance b = new Instance("B", topic, group, null, commitEachRecord)) {
            awaitAssigned(group, 2);

            long started = System.nanoTime();
            produce(topic, group);
            await().atMost(ALL_CREATED).until(() -> simulator.leads().size() >= LEADS / 2);
            a.stop();
            awaitAssigned(group, 1);
            await().atMost(ALL_CREATED).until(() -> simulator.leads().size() == LEADS);
            double leadsPerSecond = LEADS / ((System.nanoTime() - started) / 1e9);
            // B may still be handling A's uncommitted records again: a last record on each partition, once created,
            // says that B has handled everything before it
            List<String> lastOnes = produceOnePerPartition(topic, group + "-last");
            await().atMost(ALL_CREATED)
                    .until(() -> lastOnes.stream().allMatch(email -> simulator.leadByEmail(email).isPresent()));

            Map<String, List<String>> sourcesByEmail = postsByEmail();
            lastOnes.forEach(sourcesByEmail::remove);
            List<String> redelivered = sourcesByEmail.entrySet().stream().filter(e -> e.getValue().size() > 1)
                    .map(Map.Entry::getKey).toList();
            LOG.info("Scale-out: instance A created {} leads before it stopped, B {}; {} leads posted twice"
                     + " (redelivered to B by the rebalance); token requests: {}", a.created(), b.created(),
                    redelivered.size(), simulator.tokenRequestCount());

            assertThat(sourcesByEmail).hasSize(LEADS);
            assertThat(redelivered).as("leads posted again after the takeover").isEmpty();
            assertThat(simulator.journal("/leads")).extracting(RecordedRequest::status).containsOnly(201);
            assertThat(a.created()).as("A's share").isPositive();
            assertThat(b.created()).as("B's share").isPositive();
            assertThat(a.created() + b.created()).isEqualTo(LEADS + PARTITIONS);
            assertThat(a.tokenRequests()).isEqualTo(1);
            assertThat(b.tokenRequests()).isEqualTo(1);
            assertThat(simulator.tokenRequestCount()).isEqualTo(2);
            return new Takeover(leadsPerSecond, redelivered.size());
        }
    }

    /** A long run: {@code -Ddelivery.long=true} (docs/delivery.md). */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    @EnabledIfSystemProperty(named = "delivery.long", matches = "true")
    void twoInstancesOfferedTheSameLeadsOnOnePostgreSqlPostEachOnce() throws Exception {
        String topic = createTopic("leads-shared");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             AgroalDataSource database = pool(postgres);
             // each in its own group: both read every lead
             Instance a = new Instance("A", topic, "shared-a", database, false);
             Instance b = new Instance("B", topic, "shared-b", database, false)) {
            awaitAssigned("shared-a", 1);
            awaitAssigned("shared-b", 1);

            produce(topic, "shared");
            await().atMost(Duration.ofMinutes(9)).until(() -> a.handled() == LEADS && b.handled() == LEADS);

            Map<String, List<String>> sourcesByEmail = postsByEmail();
            LOG.info("Two instances, one PostgreSQL: the same {} leads offered to both; A created {}, B {}, {} found"
                     + " created by the other; {} POSTs for {} leads", LEADS, a.created(), b.created(),
                    a.duplicates() + b.duplicates(), simulator.journal("/leads").size(), simulator.leads().size());
            assertThat(sourcesByEmail).hasSize(LEADS).allSatisfy((email, sources) -> assertThat(sources).hasSize(1));
            assertThat(simulator.leads()).hasSize(LEADS);
            assertThat(a.created() + b.created()).isEqualTo(LEADS);
            assertThat(a.duplicates() + b.duplicates()).isEqualTo(LEADS);
        }
    }

    /** A pool of connections to the database, as the application's datasource is. */
    private static AgroalDataSource pool(EmbeddedPostgres postgres) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(4)
                        .connectionFactoryConfiguration(factory -> factory
                                .jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"))
                                .principal(new NamePrincipal("postgres")))));
    }

    /**
     * Not a benchmark: after a warm-up round, one round with one instance and one with two, the same leads, on the
     * machine the build runs on (logged for docs/scaling.md).
     */
    @Test
    void oneInstanceThenTwoCreateEveryLead() throws Exception {
        leadsPerSecond(2, "warm-up");
        Round one = leadsPerSecond(1, "one");
        Round two = leadsPerSecond(2, "two");
        LOG.info("Scale-out: {} leads on {} partitions: 1 instance {} leads/s ({} cores busy), 2 instances {} leads/s"
                 + " ({} cores busy)", LEADS, PARTITIONS, Math.round(one.leadsPerSecond()), one.cores(),
                Math.round(two.leadsPerSecond()), two.cores());
    }

    /**
     * @param cores the CPU time of this JVM (broker, simulator and instances) over the round's wall time
     */
    private record Round(double leadsPerSecond, String cores) {
    }

    private Round leadsPerSecond(int instances, String name) throws Exception {
        simulator.reset();
        String topic = createTopic("leads-" + name);
        List<Instance> running = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                running.add(new Instance(Character.toString('A' + i), topic, name));
            }
            awaitAssigned(name, instances);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStarted = os.getProcessCpuTime();
            long started = System.nanoTime();
            produce(topic, name);
            // the instances' own counts: cheap to read while they run (no rebalance here, so no redelivery)
            await().pollInterval(Duration.ofMillis(10)).atMost(ALL_CREATED)
                    .until(() -> running.stream().mapToLong(Instance::created).sum() >= LEADS);
            long nanos = System.nanoTime() - started;
            double cores = (double) (os.getProcessCpuTime() - cpuStarted) / nanos;
            assertThat(simulator.leads()).hasSize(LEADS);
            assertThat(running.stream().mapToLong(Instance::created).sum()).isEqualTo(LEADS);
            assertThat(running).allSatisfy(instance -> assertThat(instance.created()).isPositive());
            return new Round(LEADS / (nanos / 1e9), String.format("%.1f", cores));
        } finally {
            running.forEach(Instance::close);
        }
    }

    private static String createTopic(String topic) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        return topic;
    }

    private static void produce(String topic, String prefix) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            String email = prefix + i + "@example.com";
            sent.add(producer.send(new ProducerRecord<>(topic, email,
                    "{\"name\": \"Lead " + i + "\", \"email\": \"" + email + "\"}")));
        }
        for (Future<RecordMetadata> record : sent) {
            record.get();
        }
    }

    /** One lead on each partition, after all that was produced; their e-mails. */
    private static List<String> produceOnePerPartition(String topic, String prefix) throws Exception {
        List<String> emails = new ArrayList<>();
        for (int partition = 0; partition < PARTITIONS; partition++) {
            String email = prefix + partition + "@example.com";
            producer.send(new ProducerRecord<>(topic, partition, email,
                    "{\"name\": \"Last " + partition + "\", \"email\": \"" + email + "\"}")).get();
            emails.add(email);
        }
        return emails;
    }

    /** Until the group has this many instances, each holding partitions, and all partitions are held. */
    private static void awaitAssigned(String group, int members) {
        await().atMost(ALL_CREATED).until(() -> {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            List<MemberDescription> current = List.copyOf(description.members());
            return current.size() == members
                   && current.stream().allMatch(m -> !m.assignment().topicPartitions().isEmpty())
                   && current.stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum() == PARTITIONS;
        });
    }

    /** The sources of the POSTs of each e-mail, in the order they arrived. */
    private static Map<String, List<String>> postsByEmail() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (RecordedRequest post : simulator.journal("/leads")) {
            sources.computeIfAbsent(field(EMAIL, post.body()), email -> new ArrayList<>())
                    .add(field(SOURCE, post.body()));
        }
        return sources;
    }

    private static String field(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }

    /** One application instance: the example's Kafka route, with its own Kafka and 7Targets components. */
    private static final class Instance implements AutoCloseable {

        private final CamelContext context = new DefaultCamelContext();
        /** Held: a stopped CamelContext forgets its components. */
        private final SevenTargetsComponent seventargets = new SevenTargetsComponent();

        Instance(String name, String topic, String group) throws Exception {
            this(name, topic, group, null, false);
        }

        /**
         * @param createdLeads     the database of the example's repository of created leads, or null for none
         * @param commitEachRecord whether the route commits each record itself (Camel's commit manager does anyway)
         */
        Instance(String name, String topic, String group, DataSource createdLeads, boolean commitEachRecord)
                throws Exception {
            KafkaComponent kafka = new KafkaComponent();
            kafka.getConfiguration().setBrokers(brokers);
            kafka.getConfiguration().setGroupId(group);
            kafka.getConfiguration().setAutoOffsetReset("earliest");
            kafka.getConfiguration().setPollTimeoutMs(500L);
            context.addComponent("kafka", kafka);
            seventargets.getConfiguration().setClientId(simulator.clientId());
            seventargets.getConfiguration().setClientSecret(simulator.clientSecret());
            seventargets.getConfiguration().setUserIdentifier(simulator.userIdentifier());
            seventargets.getConfiguration().setTokenUrl(simulator.tokenUrl());
            seventargets.getConfiguration().setBaseUrl(simulator.baseUrl());
            seventargets.getConfiguration().setAssistantEmail(SimulatorResource.ASSISTANT);
            if (createdLeads != null) {
                seventargets.getConfiguration().setIdempotentRepository(
                        new CreatedLeads(createdLeads, context, 60_000));
            }
            context.addComponent("seventargets", seventargets);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    RouteDefinition route = from("kafka:" + topic + "?" + Routes.KAFKA_COMMITS).routeId("kafka-leads")
                            .to("seventargets:lead?source=Kafka " + name);
                    if (commitEachRecord) {
                        route.process(exchange -> exchange.getMessage()
                                .getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class).commit());
                    }
                }
            });
            context.start();
        }

        /** Leads this instance created (a redelivered create assigns the same lead again, and counts too). */
        long created() {
            return stats().count(Kind.REQUESTS, "create", "success");
        }

        /** Creates this instance did not send: the repository had them. */
        long duplicates() {
            return stats().total(Kind.DUPLICATES);
        }

        /** Leads this instance created or found created. */
        long handled() {
            return created() + duplicates();
        }

        long tokenRequests() {
            return stats().total(Kind.TOKEN_REQUESTS);
        }

        private SevenTargetsStats stats() {
            return seventargets.getStats();
        }

        void stop() {
            context.stop();
        }

        @Override
        public void close() {
            context.stop();
        }
    }
}
