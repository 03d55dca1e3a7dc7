package com.seventargets.simulator;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator from the command line until Ctrl-C (or SIGTERM); {@code --help} lists the options.
 *
 * <pre>
 * java -jar camel-7targets-simulator-&lt;version&gt;-runner.jar --port 8787
 * </pre>
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    /** Starts the simulator, prints where and with which test credentials to reach it, and waits. */
    public static void main(String[] args) throws InterruptedException {
        SevenTargetsSimulator.Builder builder;
        try {
            builder = SimulatorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SimulatorOptions.USAGE);
            System.exit(2);
            return;
        }
        if (builder == null) {
            System.out.println(SimulatorOptions.USAGE);
            return;
        }
        SevenTargetsSimulator simulator;
        try {
            simulator = builder.build().start();
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "7targets-simulator-shutdown"));
        System.out.println("7Targets simulator running (Ctrl-C to stop)");
        System.out.println("  API base URL     " + simulator.baseUrl());
        System.out.println("  token URL        " + simulator.tokenUrl());
        System.out.println("  client id        " + simulator.clientId());
        System.out.println("  client secret    " + simulator.clientSecret());
        System.out.println("  user identifier  " + simulator.userIdentifier());
        List<Map<String, Object>> assistants = simulator.assistants();
        System.out.println("  assistants       " + assistants.size()
                + (assistants.isEmpty() ? "" : " (first: " + assistants.get(0).get("emailid") + ")"));
        stopped.await();
    }
}
