package com.seventargets.examples.quarkus;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The import of one CSV file under way: its counts per outcome, and its results file,
 * {@code <name>.<time>.results.csv}, with one line per row as rows finish (in the order they finish: the row number
 * says which), each line written through at once so that a crash loses none. A results file is never overwritten.
 */
final class CsvImport implements Closeable {

    static final String PROPERTY = "csvImport";
    static final String[] RESULTS_HEADER = {"row", "email", "outcome", "lead id or reason"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String file;
    private final Instant started;
    private final long rowsAbout;
    private final Path resultsFile;
    private final CSVPrinter results;
    private final Map<RowOutcome, LongAdder> counts = new EnumMap<>(RowOutcome.class);

    private CsvImport(String file, Instant started, long rowsAbout, Path resultsFile) throws IOException {
        this.file = file;
        this.started = started;
        this.rowsAbout = rowsAbout;
        this.resultsFile = resultsFile;
        Writer writer = Files.newBufferedWriter(resultsFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        this.results = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(RESULTS_HEADER).get());
        results.flush();
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome, new LongAdder());
        }
    }

    /**
     * Starts the import of {@code file}, with a new results file in {@code resultsFolder}.
     *
     * @param rowsAbout the rows the file holds, about (its lines but the header), or -1 when not known
     */
    static CsvImport start(String file, Path resultsFolder, long rowsAbout, Instant now) throws IOException {
        Files.createDirectories(resultsFolder);
        String name = file.replaceFirst("(?i)\\.csv$", "") + "." + TIME.format(now);
        for (int clash = 1; ; clash++) {
            Path results = resultsFolder.resolve(name + (clash == 1 ? "" : "-" + clash) + ".results.csv");
            try {
                return new CsvImport(file, now, rowsAbout, results);
            } catch (FileAlreadyExistsException sameSecond) {
                // an import of a file of the same name started in the same second: never overwrite its results
            }
        }
    }

    /** Writes the row's outcome to the results file, then counts it. */
    synchronized void record(long row, String email, RowOutcome outcome, String leadIdOrReason) throws IOException {
        results.printRecord(row, email, outcome.label(), leadIdOrReason);
        results.flush();
        counts.get(outcome).increment();
    }

    String file() {
        return file;
    }

    /** The counts, then the results file: what the summary line says at the end of the file. */
    String summary() {
        return this + "; results in " + resultsFile.getFileName();
    }

    long count(RowOutcome outcome) {
        return counts.get(outcome).sum();
    }

    long rowsDone() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    double rowsPerSecond(Instant now) {
        double seconds = Duration.between(started, now).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : rowsDone() / seconds;
    }

    /** The progress line: rows done, of how many, the counts, the rate and the time left when the row count is known. */
    String progress(Instant now) {
        long done = rowsDone();
        double rate = rowsPerSecond(now);
        StringBuilder line = new StringBuilder(file).append(": ").append(done).append(" rows done");
        if (rowsAbout >= 0) {
            line.append(" of about ").append(rowsAbout);
        }
        line.append(" (").append(this).append("), ").append(Math.round(rate)).append(" rows/s");
        if (rowsAbout >= 0 && rate > 0) {
            line.append(", about ").append(Math.max(0, Math.round((rowsAbout - done) / rate))).append(" s left");
        } else {
            line.append(", time left unknown");
        }
        return line.toString();
    }

    /** The import as {@code GET /imports} answers it. */
    Map<String, Object> status(Instant now) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("file", file);
        status.put("started", started.toString());
        status.put("rowsDone", rowsDone());
        status.put("rowsAbout", rowsAbout >= 0 ? rowsAbout : null);
        status.put("rows", counts.entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().label(), entry -> entry.getValue().sum(),
                        (a, b) -> a, LinkedHashMap::new)));
        status.put("rowsPerSecond", Math.round(rowsPerSecond(now) * 10) / 10.0);
        status.put("results", resultsFile.getFileName().toString());
        return status;
    }

    @Override
    public synchronized void close() throws IOException {
        results.close();
    }

    /** The counts, as the summary line gives them: {@code 6 created, 1 already created, 2 rejected, 0 failed}. */
    @Override
    public String toString() {
        return counts.entrySet().stream().map(entry -> entry.getValue().sum() + " " + entry.getKey().label())
                .collect(Collectors.joining(", "));
    }
}
