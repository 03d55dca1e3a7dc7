package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

import org.apache.camel.Exchange;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CSV imports under way: each starts with its file and its results file in the done folder, shows in
 * {@code GET /imports} and in a progress line every few seconds, and ends with the file.
 */
@ApplicationScoped
public class CsvImports {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImports.class);

    private final Path resultsFolder;
    private final QuotaPause quotaPause;
    private final Map<String, CsvImport> underWay = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public CsvImports(@ConfigProperty(name = "leads.inbox") Path inbox, @ConfigProperty(name = "leads.done") String done,
                      QuotaPause quotaPause) {
        // as Camel's move option: relative to the inbox, or absolute
        this.resultsFolder = inbox.resolve(done);
        this.quotaPause = quotaPause;
    }

    /** Starts the import of the file in this exchange (its body not read yet), with a new results file. */
    void start(Exchange exchange) throws IOException {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path file = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class));
        CsvImport started = CsvImport.start(name, resultsFolder, rowsAbout(file), Instant.now());
        exchange.setProperty(CsvImport.PROPERTY, started);
        underWay.put(name, started);
    }

    /**
     * Ends the import of this exchange's file, whatever its outcome: closes its results file, and says so when a row
     * whose outcome could not be written stopped it.
     */
    void end(Exchange exchange) throws IOException {
        CsvImport ended = exchange.getProperty(CsvImport.PROPERTY, CsvImport.class);
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (ended != null) {
            underWay.remove(ended.file(), ended);
            ended.close();
        }
        if (failure != null) {
            LOG.warn("{}: {}, then stopped ({}): moved to the failed folder",
                    exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY), ended == null ? "no row sent" : ended,
                    FailureReason.describe(failure));
        }
    }

    /**
     * Once the application is stopping, the rows not yet sent are held until it exits: none is sent or written off,
     * the file's exchange does not complete, and the file stays in the inbox, taken again at the next start (its rows
     * created before counted "already created"). The rows already sent finish.
     */
    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
        if (!underWay.isEmpty()) {
            LOG.info("Stopping: the rows of {} not yet sent wait for the next start, which takes the file again",
                    underWay.keySet());
        }
    }

    /** Holds the row in this exchange until the application exits, once it is stopping. */
    void holdIfStopping(Exchange exchange) {
        if (stopping) {
            QuotaPause.waitUntil(() -> Long.MAX_VALUE);
        }
    }

    /** Logs the progress of each import under way. */
    void logProgress() {
        Instant now = Instant.now();
        Instant paused = quotaPause.pausedUntil();
        underWay.values().forEach(running -> LOG.info("{}{}", running.progress(now),
                paused == null ? "" : "; paused by 7Targets' quota until " + paused));
    }

    /** The imports under way, as {@code GET /imports} answers them. */
    List<Map<String, Object>> status() {
        Instant now = Instant.now();
        Instant paused = quotaPause.pausedUntil();
        return underWay.values().stream().map(running -> {
            Map<String, Object> status = running.status(now);
            status.put("pausedUntil", paused == null ? null : paused.toString());
            return status;
        }).toList();
    }

    /**
     * The file's lines but its header, read once before the import: a quick pass that holds nothing. A value with a
     * line break makes one row of two lines, hence "about".
     */
    private static long rowsAbout(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = buffer[read - 1];
            }
        }
        if (last != '\n') {
            lines++;
        }
        return Math.max(0, lines - 1);
    }
}
