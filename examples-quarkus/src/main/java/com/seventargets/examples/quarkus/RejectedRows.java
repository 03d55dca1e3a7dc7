package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.seventargets.camel.SevenTargetsValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the rows of a CSV file that did not become leads to {@code <file>.errors.csv} in the done folder: the
 * row's columns, then an {@code error} column with the reason.
 */
@ApplicationScoped
public class RejectedRows implements Processor {

    static final String ERROR_COLUMN = "error";

    private final Path doneFolder;

    public RejectedRows(@ConfigProperty(name = "leads.inbox") Path inbox,
                        @ConfigProperty(name = "leads.done") String done) {
        // as Camel's move option: relative to the inbox, or absolute
        this.doneFolder = inbox.resolve(done);
    }

    /** Removes the errors file a former import of the same file name left (a file: anything else is not ours). */
    void clear(Exchange exchange) throws IOException {
        Path file = errorsFile(exchange);
        if (Files.isRegularFile(file)) {
            Files.delete(file);
        }
    }

    /** Appends the rejected row in the body, with the exception's reason, starting the file with a header row. */
    @Override
    public void process(Exchange exchange) throws IOException {
        Map<?, ?> row = exchange.getMessage().getBody(Map.class);
        Path file = errorsFile(exchange);
        Files.createDirectories(file.getParent());
        boolean first = !Files.exists(file);
        try (Writer writer = Files.newBufferedWriter(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            if (first) {
                printer.printRecord(withReason(row.keySet(), ERROR_COLUMN));
            }
            printer.printRecord(withReason(row.values(), reason(exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                    Exception.class))));
        }
    }

    private Path errorsFile(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        return doneFolder.resolve(name.replaceFirst("(?i)\\.csv$", "") + ".errors.csv");
    }

    private static List<Object> withReason(Iterable<?> values, String reason) {
        List<Object> record = new ArrayList<>();
        values.forEach(record::add);
        record.add(reason);
        return record;
    }

    private static String reason(Exception failure) {
        return failure instanceof SevenTargetsValidationException invalid
                ? String.join("; ", invalid.getProblems())
                : failure.getMessage();
    }
}
