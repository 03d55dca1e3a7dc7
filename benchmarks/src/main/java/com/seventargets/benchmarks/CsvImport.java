package com.seventargets.benchmarks;

import com.seventargets.camel.model.Lead;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The CSV import the bulk probes measure, as a user writes it: {@code from("file:...")}, split line by line in
 * streaming mode on a pool of N threads with a bounded queue (the reader runs a row itself when it is full, so at
 * most about 5 N rows are read ahead whatever the file's size), each row mapped to a lead and sent to
 * {@code seventargets:lead}.
 */
final class CsvImport {

    static final String HEADER = "name,lastName,email,phone,source,context";

    private CsvImport() {
    }

    /** The split's pool: {@code threads} threads, a queue of 4 × {@code threads}, CallerRuns when it is full. */
    static ExecutorService pool(CamelContext context, int threads) {
        return context.getExecutorServiceManager().newThreadPool(context, "bulk-split",
                new ThreadPoolProfileBuilder("bulk-split").poolSize(threads).maxPoolSize(threads)
                        .maxQueueSize(4 * threads).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build());
    }

    /** The route over the CSV files of {@code dir}; each row ends in {@code created} or, on any failure, {@code failed}. */
    static RouteBuilder route(Path dir, ExecutorService pool, Consumer<Exchange> created, Consumer<Exchange> failed) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(failed::accept);
                from("file:" + dir + "?noop=true&include=.*\\.csv&delay=20")
                        .split(body().tokenize("\n")).streaming().parallelProcessing().executorService(pool)
                            .filter(body().isNotEqualTo(HEADER))
                            .process(exchange -> exchange.getIn().setBody(toLead(exchange.getIn().getBody(String.class))))
                            .to("seventargets:lead?operation=create")
                            .process(created::accept);
            }
        };
    }

    /** Rows numbered from {@code first}: every row has its own e-mail address, so each creates a lead. */
    static Path writeCsv(Path file, int first, int rows) throws IOException {
        LeadFactory leads = new LeadFactory();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER);
            for (int n = first; n < first + rows; n++) {
                Lead lead = leads.lead(n);
                out.write("\n" + String.join(",", lead.getName(), lead.getLastName(), lead.getEmail(),
                        lead.getPhone(), lead.getSource(), lead.getContext()));
            }
        }
        return file;
    }

    /** A user's row mapping: one CSV line (no quoting in this file) to a lead. */
    private static Lead toLead(String row) {
        String[] fields = row.split(",", -1);
        Lead lead = new Lead();
        lead.setName(fields[0]);
        lead.setLastName(fields[1]);
        lead.setEmail(fields[2]);
        lead.setPhone(fields[3]);
        lead.setSource(fields[4]);
        lead.setContext(fields[5]);
        return lead;
    }
}
