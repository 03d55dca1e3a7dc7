package com.seventargets.camel;

import java.io.Closeable;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;

import com.seventargets.camel.internal.SevenTargetsApi;
import com.seventargets.camel.metrics.SevenTargetsStats;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ExtendedCamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.StringHelper;

/**
 * The 7Targets component. Its options are inherited by every endpoint; it owns what endpoints share: the access
 * tokens, the pooled HTTP clients, and the threads that make the calls of senders that must not block. Its options
 * are those of its {@linkplain #getConfiguration() configuration}.
 */
@Component("seventargets")
public class SevenTargetsComponent extends HealthCheckComponent implements SSLContextParametersAware {

    /**
     * The values of the secret options in a URI. The endpoint keeps a URI without them: Camel's sanitizer masks only
     * the option names it knows (not userIdentifier), and the endpoint URI is printed in many places.
     */
    private static final Pattern SECRET_VALUES = Pattern.compile(
            "([?&](?:" + String.join("|", new SevenTargetsEndpointUriFactory().secretPropertyNames())
                                                                 + ")=)(RAW\\(.*?\\)(?=&|$)|RAW\\{.*?}(?=&|$)|[^&]*)",
            Pattern.CASE_INSENSITIVE);

    private static final String SENSITIVE_KEYWORD = "useridentifier";
    private static final int HAND_OFF_QUEUE = 1000;
    private static final String MICROMETER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    @Metadata(label = "advanced",
              description = "The options every endpoint starts from; endpoint URI options override them.")
    private SevenTargetsConfiguration configuration = new SevenTargetsConfiguration();
    @Metadata(label = "security", defaultValue = "false",
              description = "Use the global SSL context parameters when an endpoint has no sslContextParameters.")
    private boolean useGlobalSslContextParameters;

    private final SevenTargetsStats stats = new SevenTargetsStats();
    private final SevenTargetsApi api;
    /** The Micrometer meters, when a MeterRegistry is bound; not typed as such, so that Micrometer stays optional. */
    private Closeable meters;
    /** Added to a running context, Camel starts it before naming it: its meters then wait for its first endpoint. */
    private boolean metersAwaitName;
    private volatile ExecutorService handOffExecutor;

    public SevenTargetsComponent() {
        this(System::nanoTime);
    }

    /** With the clock its token cache tells the time by, in {@link System#nanoTime()}'s units: a test's, moved on. */
    SevenTargetsComponent(LongSupplier nanoClock) {
        this.api = new SevenTargetsApi(stats, nanoClock, this::sslContext);
        registerExtension(stats);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        bindMetersOnFirstEndpoint(uri);
        SevenTargetsConfiguration endpointConfiguration = getConfiguration().copy();
        SevenTargetsEndpoint endpoint = new SevenTargetsEndpoint(
                SECRET_VALUES.matcher(uri).replaceAll("$1xxxxxx"), this,
                SevenTargetsResource.fromUriPath(remaining), endpointConfiguration);
        Object operation = parameters.remove("operation");
        if (operation != null) {
            // checked here: Camel's enum conversion would name neither the resource nor the valid operations
            endpoint.setOperation(endpoint.getResource().requireOperation(operation.toString()));
        }
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null && isUseGlobalSslContextParameters()) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        endpoint.validate();
        return endpoint;
    }

    /**
     * Tells Camel that {@code userIdentifier} is a secret, so that Camel Main's summary of the applied properties
     * and its developer console mask it; Camel's built-in list knows {@code clientId} and {@code clientSecret} only.
     */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        ExtendedCamelContext context = getCamelContext().getCamelContextExtension();
        String keywords = context.getAdditionalSensitiveKeywords();
        if (keywords == null || keywords.isBlank()) {
            context.setAdditionalSensitiveKeywords(SENSITIVE_KEYWORD);
        } else if (!List.of(keywords.split(",")).contains(SENSITIVE_KEYWORD)) {
            context.setAdditionalSensitiveKeywords(keywords + "," + SENSITIVE_KEYWORD);
        }
    }

    /**
     * The client for an endpoint's configuration, on the HTTP transport shared by every endpoint with the same
     * connection settings, and with the tokens shared by every endpoint of this CamelContext.
     */
    SevenTargetsApi.Client createClient(SevenTargetsConfiguration endpointConfiguration) {
        return api.client(settings(endpointConfiguration));
    }

    /** The state of the token an endpoint with this configuration uses (never the token). */
    SevenTargetsStats.TokenState tokenState(SevenTargetsConfiguration endpointConfiguration) {
        return api.tokenState(settings(endpointConfiguration));
    }

    private static SevenTargetsApi.Settings settings(SevenTargetsConfiguration configuration) {
        return new SevenTargetsApi.Settings(
                configuration.getTokenUrl(), configuration.getClientId(), configuration.getClientSecret(),
                configuration.getScope(), configuration.getBaseUrl(), configuration.getUserIdentifier(),
                configuration.getMaxRetries(), configuration.getRetryDelay(), configuration.getMaxRetryDelay(),
                configuration.isRetryUncertainCreate(), configuration.getCallTimeout(),
                configuration.getMaxRequestsPerSecond(),
                configuration.getConnectTimeout(), configuration.getResponseTimeout(),
                configuration.getConnectionsPerRoute(), configuration.getMaxTotalConnections(),
                configuration.getMaxResponseSize(),
                configuration.getProxyHost(), configuration.getProxyPort(), configuration.getProxyAuthUsername(),
                configuration.getProxyAuthPassword(), configuration.getSslContextParameters());
    }

    public SevenTargetsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SevenTargetsConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /** What this component's calls have done: read by the meters, the endpoints' JMX attributes and the console. */
    public SevenTargetsStats getStats() {
        return stats;
    }

    private SSLContext sslContext(SSLContextParameters parameters) {
        try {
            return parameters.createSSLContext(getCamelContext());
        } catch (GeneralSecurityException | IOException e) {
            throw new RuntimeCamelException("Cannot create the TLS context from sslContextParameters: " + e.getMessage(), e);
        }
    }

    /**
     * Makes a call of a sender that must not block (an event loop) on one of the component's threads: as many at
     * once as there are pooled connections in all ({@code maxTotalConnections}), threads that idle for a minute
     * ending; up to {@value #HAND_OFF_QUEUE} more wait for a thread. Camel makes its threads virtual when its virtual
     * threads are enabled.
     *
     * @throws RejectedExecutionException saying why, when the component is not started or the queue is full
     */
    void handOff(Runnable call) {
        ExecutorService executor = handOffExecutor;
        if (executor == null) {
            throw new RejectedExecutionException("The 7Targets component is not started: nothing was sent");
        }
        try {
            executor.execute(call);
        } catch (RejectedExecutionException e) {
            throw new RejectedExecutionException(executor.isShutdown()
                    ? "The 7Targets component is stopping: nothing was sent"
                    : HAND_OFF_QUEUE + " calls from event loops already wait for a thread: nothing was sent; send"
                      + " fewer at once, or raise maxTotalConnections", e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        int threads = configuration.getMaxTotalConnections();
        ThreadPoolProfile profile = new ThreadPoolProfileBuilder("SevenTargetsHandOff")
                .poolSize(threads).maxPoolSize(threads)
                .keepAliveTime(60L).allowCoreThreadTimeOut(true).maxQueueSize(HAND_OFF_QUEUE)
                .rejectedPolicy(ThreadPoolRejectedPolicy.Abort).build();
        handOffExecutor = getCamelContext().getExecutorServiceManager().newThreadPool(this, "SevenTargetsHandOff", profile);
        String name = nameInContext();
        if (name == null) {
            awaitName();
        } else {
            bindMeters(name);
        }
    }

    /** The name the context knows this component by (a second one has a name of its own), or null when not yet. */
    private String nameInContext() {
        CamelContext context = getCamelContext();
        return context.getComponentNames().stream().filter(name -> context.hasComponent(name) == this).findFirst()
                .orElse(null);
    }

    private synchronized void awaitName() {
        metersAwaitName = true;
    }

    private synchronized void bindMetersOnFirstEndpoint(String uri) {
        if (metersAwaitName) {
            bindMeters(StringHelper.before(uri, ":"));
        }
    }

    private synchronized void bindMeters(String componentName) {
        metersAwaitName = false;
        // the class is loaded only with Micrometer on the class path
        if (getCamelContext().getClassResolver().resolveClass(MICROMETER_REGISTRY) != null) {
            meters = stats.bindMeters(getCamelContext(), componentName);
        }
    }

    private synchronized void unbindMeters() {
        metersAwaitName = false;
        IOHelper.close(meters);
        meters = null;
    }

    @Override
    protected void doStop() throws Exception {
        unbindMeters();
        ExecutorService executor = handOffExecutor;
        handOffExecutor = null;
        if (executor != null) {
            // graceful: a call under way completes its exchange before the transports close
            getCamelContext().getExecutorServiceManager().shutdownGraceful(executor);
        }
        api.close();
        super.doStop();
    }
}
