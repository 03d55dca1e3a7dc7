package com.seventargets.camel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

import com.seventargets.camel.client.ApiResponse;
import com.seventargets.camel.client.IoThreads;
import com.seventargets.camel.client.NonBlockingThreads;
import com.seventargets.camel.client.RetryingSender;
import com.seventargets.camel.client.SevenTargetsClient;
import com.seventargets.camel.client.SynchronousScope;
import com.seventargets.camel.model.Lead;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * Performs the endpoint's operation (or the one the {@link SevenTargetsConstants#OPERATION} header names) for each
 * message, and puts 7Targets' answer in the message body. By default it does not hold the calling thread: the call
 * runs on HttpClient's I/O threads, and the route goes on in the worker pool when 7Targets has answered (with
 * {@code continueOnIoThread}, in the I/O thread that received the answer). With {@code synchronous} the call is made
 * in the calling thread, which the route then goes on in.
 */
public class SevenTargetsProducer extends DefaultAsyncProducer {

    private final SevenTargetsEndpoint endpoint;
    private final LeadRequests leadRequests;
    private final AssistantListing assistantListing;
    private final Semaphore pending;
    /** Where the route goes on once 7Targets has answered; null while the producer is not started. */
    private volatile ExecutorService workerPool;
    private ExecutorService ownWorkerPool;
    private boolean continueOnIoThread;
    private boolean synchronous;
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
        ExecutorService pool = workerPool;
        if (pool == null) {
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
        if (synchronous && !NonBlockingThreads.isCurrent()) {
            try {
                callInThisThread(exchange);
            } finally {
                releasePermit(holdsPermit);
            }
            callback.done(true);
            return true;
        }
        CompletableFuture<Runnable> call;
        try {
            call = call(exchange.getMessage());
        } catch (RuntimeException | Error e) {
            // refused before anything was sent: the route goes on in this thread
            releasePermit(holdsPermit);
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        call.whenComplete((applyAnswer, failure) -> goOn(pool, () -> {
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
     * Sends in this thread and waits here for the answer, also when it comes later from another thread (after a
     * retry's back-off); puts the answer, or the failure, in the exchange. The wait is not interruptible, as the
     * call it waits for is not (it ends within the timeouts and retries): failing the exchange while its lead may
     * still be created would invite a duplicate on redelivery.
     */
    private void callInThisThread(Exchange exchange) {
        try {
            SynchronousScope.run(() -> call(exchange.getMessage())).join().run();
        } catch (CompletionException e) {
            exchange.setException(RetryingSender.unwrap(e));
        } catch (RuntimeException | Error e) {
            exchange.setException(e);
        }
    }

    /**
     * Back-pressure: a sender that runs ahead of 7Targets waits here, on its own thread. On an I/O thread (a route
     * that goes on there and sends again), or the retry scheduler's, it never waits: that thread may be the one to
     * complete the calls it would wait for, so it goes ahead without a permit.
     */
    private boolean holdPermit() throws InterruptedException {
        if (NonBlockingThreads.isCurrent()) {
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

    /**
     * Goes on in this thread if it is an I/O thread and {@code continueOnIoThread} allows it, otherwise in the worker
     * pool (an answer can also complete on the retry scheduler, or at once in the sender's thread); when that pool
     * has been shut down, or refuses, in this thread rather than never.
     */
    private void goOn(ExecutorService pool, Runnable rest) {
        if (continueOnIoThread && IoThreads.isCurrent() || pool.isShutdown()) {
            rest.run();
            return;
        }
        try {
            pool.execute(rest);
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
        continueOnIoThread = endpoint.getConfiguration().isContinueOnIoThread();
        synchronous = endpoint.getConfiguration().isSynchronous();
        ExecutorService pool = endpoint.getConfiguration().getWorkerPool();
        if (pool == null) {
            ExecutorServiceManager manager = endpoint.getCamelContext().getExecutorServiceManager();
            ThreadPoolProfile profile = manager.getDefaultThreadPoolProfile().clone();
            profile.setId("SevenTargetsWorker");
            profile.setDefaultProfile(false);
            // the default CallerRuns policy drops a task silently once the pool is shut down: we run it instead
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            ownWorkerPool = manager.newThreadPool(this, "SevenTargetsWorker", profile);
            pool = ownWorkerPool;
        }
        workerPool = pool;
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
        workerPool = null;
        if (ownWorkerPool != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdown(ownWorkerPool);
            ownWorkerPool = null;
        }
        super.doStop();
    }
}
