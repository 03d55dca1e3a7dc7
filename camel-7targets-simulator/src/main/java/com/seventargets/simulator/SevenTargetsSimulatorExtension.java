package com.seventargets.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link SevenTargetsSimulator} for a test class: started before all tests, {@link
 * SevenTargetsSimulator#reset() reset} before each, stopped after all; test and lifecycle methods
 * may take it as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();
 * }</pre>
 *
 * Register it on a static field: on an instance field JUnit never calls its after-all callback.
 * {@code @Nested} classes share the outer class's simulator.
 */
public final class SevenTargetsSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final SevenTargetsSimulator simulator;
    private int activeClasses;

    /** An extension running a simulator with the default settings. */
    public SevenTargetsSimulatorExtension() {
        this(SevenTargetsSimulator.builder());
    }

    /** An extension running a simulator built from this builder. */
    public SevenTargetsSimulatorExtension(SevenTargetsSimulator.Builder builder) {
        this.simulator = builder.build();
    }

    /** The simulator (running while the test class runs). */
    public SevenTargetsSimulator simulator() {
        return simulator;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        // @Nested classes call this again: count, so only the outermost class stops the simulator
        activeClasses++;
        simulator.start();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--activeClasses <= 0) {
            activeClasses = 0;
            simulator.stop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator.start();
        simulator.reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SevenTargetsSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator;
    }
}
