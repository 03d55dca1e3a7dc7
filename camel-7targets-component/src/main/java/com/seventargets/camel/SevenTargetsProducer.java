package com.seventargets.camel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import com.seventargets.camel.client.ApiResponse;
import com.seventargets.camel.client.IoThreads;
import com.seventargets.camel.client.RetryingSender;
import com.seventargets.camel.client.SevenTargetsClient;
import com.seventargets.camel.model.Lead;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Performs the endpoint's operation (or the one the {@link SevenTargetsConstants#OPERATION} header names) for each
 * message, and puts 7Targets' answer in the message body. It does not hold the calling thread: the call runs on
 * HttpClient's I/O threads, and the route goes on in the worker pool when 7Targets has answered (or in the I/O
 * thread itself with {@code continueOnIoThread}).
 */
public class SevenTargetsProducer extends DefaultAsyncProducer {

    private final SevenTargetsEndpoint endpoint;
    private final LeadRequests leadRequests;
    private final AssistantListing assistantListing;
    private final Semaphore pending;
    /** Where the route goes on once 7Targets has answered; null while the producer is not started. */
    private volatile Executor continuation;
    private ExecutorService ownWorkerPool;
    private WritableHealthCheckRepository healthCheckRepository;
    private SevenTargetsProducerHealthCheck healthCheck;

    public SevenTargetsProducer(SevenTargetsEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.leadRequests = new LeadRequests(endpoint.getConfiguration());
        this.assistantListing = new AssistantListing(endpoint.getConfiguration());
        this.pending = new Semaphore(endpoint.getConfiguration().getMaxPendingRequests());
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        Executor next = continuation;
        if (next == null) {
            exchange.setException(new IllegalStateException("The 7Targets producer is not started"));
            callback.done(true);
            return true;
        }
        boolean holdsPermit;
        try {
            holdsPermit = holdPermit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        CompletableFuture<Runnable> call;
        try {
            call = call(exchange.getMessage());
        } catch (RuntimeException e) {
            // refused before anything was sent: the route goes on in this thread
            releasePermit(holdsPermit);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        call.whenComplete((applyAnswer, failure) -> continueIn(next, () -> {
            try {
                if (failure != null) {
                    exchange.setException(RetryingSender.unwrap(failure));
                } else {
                    applyAnswer.run();
                }
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                // released only now, so that the worker pool's queue is bounded by maxPendingRequests too
                releasePermit(holdsPermit);
                callback.done(false);
            }
        }));
        return false;
    }

    /**
     * Back-pressure: a sender that runs ahead of 7Targets waits here, on its own thread. A route going on in an I/O
     * thread ({@code continueOnIoThread}) never waits: that thread may be the one to complete the calls it would
     * wait for, so it goes ahead without a permit.
     */
    private boolean holdPermit() throws InterruptedException {
        if (IoThreads.isCurrent()) {
            return pending.tryAcquire();
        }
        pending.acquire();
        return true;
    }

    private void releasePermit(boolean holdsPermit) {
        if (holdsPermit) {
            pending.release();
        }
    }

    /** Goes on in the given executor; when that pool has been shut down, or is full, in this thread rather than never. */
    private static void continueIn(Executor executor, Runnable rest) {
        if (executor instanceof ExecutorService pool && pool.isShutdown()) {
            rest.run();
            return;
        }
        try {
            executor.execute(rest);
        } catch (RejectedExecutionException e) {
            rest.run();
        }
    }

    /** Starts the call; its result puts the answer in the message. */
    private CompletableFuture<Runnable> call(Message message) {
        SevenTargetsOperation operation = operationOf(message);
        SevenTargetsClient client = endpoint.getClient();
        if (operation == SevenTargetsOperation.list) {
            return assistantListing.list(message, client).thenApply(listed -> () -> {
                message.setBody(listed.assistants());
                message.setHeader(SevenTargetsConstants.HTTP_RESPONSE_CODE, listed.status());
            });
        }
        Lead lead = leadRequests.toLead(message, operation);
        CompletableFuture<ApiResponse<Lead>> answer = switch (operation) {
            case create -> client.createLead(lead);
            case update -> client.updateLead(lead);
            case stopFollowup -> client.stopFollowup(lead);
            case list -> throw new IllegalStateException("list is not a lead operation");
        };
        return answer.thenApply(response -> () -> {
            message.setBody(response.body());
            message.setHeader(SevenTargetsConstants.LEAD_ID, response.body().getId());
            message.setHeader(SevenTargetsConstants.HTTP_RESPONSE_CODE, response.status());
        });
    }

    private SevenTargetsOperation operationOf(Message message) {
        Object requested = message.getHeader(SevenTargetsConstants.OPERATION);
        if (requested == null) {
            return endpoint.getOperation();
        }
        try {
            return requested instanceof SevenTargetsOperation operation
                    ? endpoint.getResource().requireOperation(operation)
                    : endpoint.getResource().requireOperation(requested.toString());
        } catch (IllegalArgumentException e) {
            throw new SevenTargetsValidationException(endpoint.getOperation(),
                    List.of("header " + SevenTargetsConstants.OPERATION + ": " + e.getMessage()), e);
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SevenTargetsConfiguration configuration = endpoint.getConfiguration();
        if (configuration.isContinueOnIoThread()) {
            continuation = Runnable::run;
        } else if (configuration.getWorkerPool() != null) {
            continuation = configuration.getWorkerPool();
        } else {
            ownWorkerPool = endpoint.getCamelContext().getExecutorServiceManager()
                    .newDefaultThreadPool(this, "SevenTargetsWorker");
            continuation = ownWorkerPool;
        }
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SevenTargetsProducerHealthCheck(endpoint, endpoint.getId());
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
        }
        continuation = null;
        if (ownWorkerPool != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdown(ownWorkerPool);
            ownWorkerPool = null;
        }
        super.doStop();
    }
}
