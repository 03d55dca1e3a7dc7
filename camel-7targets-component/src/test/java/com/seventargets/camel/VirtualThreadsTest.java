package com.seventargets.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.seventargets.camel.model.Lead;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.condition.JRE;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale from Camel's virtual threads (Java 21+, {@code camel.threads.virtual.enabled=true}): a parallel split of
 * 1,000 leads has them all under way at once, each call blocking only its own virtual thread, none pinned to its
 * carrier. Run by the build's {@code virtual-threads} execution, on the Temurin 25 JDK.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@EnabledIfSystemProperty(named = "camel.threads.virtual.enabled", matches = "true")
class VirtualThreadsTest extends SevenTargetsTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualThreadsTest.class);
    private static final int LEADS = 1_000;

    private final Set<String> threadClasses = ConcurrentHashMap.newKeySet();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:burst")
                        .split(body()).parallelProcessing()
                            .process(exchange -> threadClasses.add(Thread.currentThread().getClass().getName()))
                            .to("seventargets:lead?connectionsPerRoute=" + LEADS + "&maxTotalConnections=" + LEADS)
                        .end();
            }
        };
    }

    @Test
    void aParallelSplitHasAThousandLeadsUnderWayAtOnceWithoutPinning() throws Exception {
        // loads the classes (class loading pins briefly) and gets the token
        template.requestBody("direct:burst", TestLeads.leads("warm", 20));
        // each call held until all 1,000 are under way (at most 30 s): none is answered before the last arrives
        simulator().faults().onPath("/leads").rate(1.0).holdUntilUnderWay(LEADS, Duration.ofSeconds(30));
        List<Lead> leads = TestLeads.leads("virtual", LEADS);
        Path events = Files.createTempFile("pinned", ".jfr");
        try (Recording recording = new Recording()) {
            // JFR's own threshold: a call pinned while 7Targets holds its answer would be pinned while it is held
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ofMillis(20)).withStackTrace();
            recording.start();
            long started = System.nanoTime();

            template.requestBody("direct:burst", leads);

            LOG.info("{} leads, each held by the simulator until all were under way, split in {} ms", LEADS,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            recording.stop();
            recording.dump(events);
        }
        List<RecordedEvent> pinned = RecordingFile.readAllEvents(events).stream()
                .filter(event -> event.getEventType().getName().equals("jdk.VirtualThreadPinned")).toList();
        Files.delete(events);

        assertThat(threadClasses).as("the split ran on virtual threads").containsOnly("java.lang.VirtualThread");
        assertThat(simulator().leads()).hasSize(LEADS + 20);
        assertThat(simulator().mostConcurrentRequests()).as("calls the simulator held at once").isEqualTo(LEADS);
        assertThat(pinned).as("virtual threads pinned to their carrier").isEmpty();
    }

}
