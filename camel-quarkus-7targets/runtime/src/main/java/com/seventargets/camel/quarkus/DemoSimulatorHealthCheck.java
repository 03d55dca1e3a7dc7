package com.seventargets.camel.quarkus;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** UP, and says in its message that the demo simulator stands in for 7Targets. */
final class DemoSimulatorHealthCheck extends AbstractHealthCheck {

    static final String ID = "seventargets-simulator";

    private final String notice;

    DemoSimulatorHealthCheck(String notice) {
        super("camel", ID);
        this.notice = notice;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.message(notice).detail("demo", true).up();
    }
}
