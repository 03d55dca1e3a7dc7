package com.seventargets.examples.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker (KRaft, broker and controller in one node) in the test JVM, listening on 127.0.0.1 only, with
 * the Kafka route enabled against it. Injected into test fields of type {@link KafkaClient}.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private KafkaRaftServer server;
    private KafkaClient client;

    @Override
    public Map<String, String> start() {
        try {
            int brokerPort = ArtemisResource.freePort();
            int controllerPort = ArtemisResource.freePort();
            Path logDir = Files.createTempDirectory("kafka-test");
            Properties properties = new Properties();
            properties.put("process.roles", "broker,controller");
            properties.put("node.id", "1");
            properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
            properties.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
            properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
            properties.put("controller.listener.names", "CONTROLLER");
            properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
            properties.put("inter.broker.listener.name", "PLAINTEXT");
            properties.put("log.dirs", logDir.toString());
            properties.put("num.partitions", "1");
            properties.put("offsets.topic.replication.factor", "1");
            properties.put("offsets.topic.num.partitions", "1");
            properties.put("transaction.state.log.replication.factor", "1");
            properties.put("transaction.state.log.min.isr", "1");
            properties.put("share.coordinator.state.topic.replication.factor", "1");
            properties.put("share.coordinator.state.topic.min.isr", "1");
            properties.put("group.initial.rebalance.delay.ms", "0");
            KafkaConfig config = KafkaConfig.fromProps(properties, false);
            new Formatter()
                    .setNodeId(1)
                    .setClusterId("leads-test-cluster-1")
                    .setDirectories(List.of(logDir.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .run();
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String brokers = "127.0.0.1:" + brokerPort;
            client = new KafkaClient(brokers);
            return Map.of(
                    "leads.kafka.enabled", "true",
                    "camel.component.kafka.brokers", brokers,
                    // or the application waits 5 s for the consumer on shutdown
                    "camel.component.kafka.poll-timeout-ms", "500");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Kafka broker", e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(client, new TestInjector.MatchesType(KafkaClient.class));
    }

    @Override
    public void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
    }
}
