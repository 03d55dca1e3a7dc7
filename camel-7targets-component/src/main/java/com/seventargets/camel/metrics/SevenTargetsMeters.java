package com.seventargets.camel.metrics;

import java.io.Closeable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import com.seventargets.camel.metrics.SevenTargetsStats.Key;
import com.seventargets.camel.metrics.SevenTargetsStats.Tally;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's {@link SevenTargetsStats} as Micrometer meters in the {@link MeterRegistry} bound in the Camel
 * registry (Spring Boot and Quarkus bind one). The meters read the stats when they are scraped: the call path never
 * touches Micrometer. A series' meter is registered when it first occurs. Every meter carries the tags
 * {@value #CAMEL_CONTEXT_TAG} and {@value #COMPONENT_TAG} (the names of the context and of the component in it), so
 * that several components, or several contexts, share one registry without mixing their counts.
 */
final class SevenTargetsMeters implements Closeable {

    /** The context's name, as camel-micrometer tags its own meters. */
    static final String CAMEL_CONTEXT_TAG = "camelContext";
    /** The component's name in the context: {@code seventargets}, or the name a second component is added under. */
    static final String COMPONENT_TAG = "component";

    private static final Logger LOG = LoggerFactory.getLogger(SevenTargetsMeters.class);

    private final MeterRegistry registry;
    private final SevenTargetsStats stats;
    private final Tags componentTags;
    private final List<Meter> meters = new CopyOnWriteArrayList<>();
    private final BiConsumer<Key, Tally> onSeries = this::register;

    private SevenTargetsMeters(MeterRegistry registry, SevenTargetsStats stats, Tags componentTags) {
        this.registry = registry;
        this.stats = stats;
        this.componentTags = componentTags;
    }

    /**
     * Registers the meters in the context's MeterRegistry: the only one bound, or the composite one among several.
     *
     * @param componentName the component's name in the context
     * @return what unregisters them, or null when no MeterRegistry is bound
     */
    static Closeable bind(CamelContext context, String componentName, SevenTargetsStats stats) {
        MeterRegistry registry = findRegistry(context.getRegistry().findByType(MeterRegistry.class));
        if (registry == null) {
            return null;
        }
        LOG.debug("7Targets meters registered in {}", registry.getClass().getName());
        Tags componentTags = Tags.of(CAMEL_CONTEXT_TAG, context.getName(), COMPONENT_TAG, componentName);
        SevenTargetsMeters bound = new SevenTargetsMeters(registry, stats, componentTags);
        bound.meters.add(Gauge.builder("seventargets.in.flight", stats, SevenTargetsStats::inFlight)
                .tags(componentTags)
                .description("7Targets calls under way: waiting for their turn, a token or an answer")
                .register(registry));
        stats.forEachSeries(bound.onSeries);
        return bound;
    }

    private static MeterRegistry findRegistry(Set<MeterRegistry> registries) {
        if (registries.size() == 1) {
            return registries.iterator().next();
        }
        return registries.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst().orElse(null);
    }

    private void register(Key key, Tally tally) {
        String name = key.kind().meterName();
        Meter meter = switch (key.kind()) {
            case REQUESTS -> FunctionTimer.builder(name, tally, Tally::count, Tally::totalNanos, TimeUnit.NANOSECONDS)
                    .tags(componentTags.and("operation", key.operation(), "outcome", key.detail()))
                    .description("7Targets calls sent, after their retries")
                    .register(registry);
            case INVALID -> FunctionCounter.builder(name, tally, Tally::count)
                    .tags(componentTags.and("operation", key.operation()))
                    .description("Messages refused before anything was sent to 7Targets")
                    .register(registry);
            case DUPLICATES -> FunctionCounter.builder(name, tally, Tally::count)
                    .tags(componentTags.and("operation", key.operation()))
                    .description("Creates not sent to 7Targets: the idempotent repository already had their lead")
                    .register(registry);
            case RETRIES -> FunctionCounter.builder(name, tally, Tally::count)
                    .tags(componentTags.and("operation", key.operation(), "reason", key.detail()))
                    .description("Repeated attempts of 7Targets calls")
                    .register(registry);
            case TOKEN_REQUESTS -> FunctionCounter.builder(name, tally, Tally::count)
                    .tags(componentTags.and("outcome", key.detail()))
                    .description("Access token fetches from the OAuth2 token endpoint")
                    .register(registry);
        };
        meters.add(meter);
    }

    /** Removes the meters from the registry. */
    @Override
    public void close() {
        stats.removeListener(onSeries);
        meters.forEach(registry::remove);
        meters.clear();
    }
}
