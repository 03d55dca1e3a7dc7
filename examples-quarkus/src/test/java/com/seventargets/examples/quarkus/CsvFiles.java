package com.seventargets.examples.quarkus;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import com.seventargets.examples.quarkus.FoldersResource.Folders;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files dropped into the test inbox, and the results files the imports write.
 */
final class CsvFiles {

    private CsvFiles() {
    }

    /** Writes the file beside the inbox, then moves it in: the route never sees half a file. */
    static void drop(Folders folders, String name, String content) throws IOException {
        Files.createDirectories(folders.inbox());
        Path file = Files.writeString(folders.inbox().resolveSibling(name), content);
        Files.move(file, folders.inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** A file of {@code rows} leads, {@code <prefix><n>@example.com} for n from 1. */
    static String leads(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int n = 1; n <= rows; n++) {
            csv.append("Lead ").append(n).append(',').append(prefix).append(n).append("@example.com\n");
        }
        return csv.toString();
    }

    /** The results files of the imports of files named {@code name} ({@code import-1.csv}), oldest first. */
    static List<Path> resultsFiles(Folders folders, String name) throws IOException {
        String base = name.replaceFirst("\\.csv$", "");
        if (!Files.isDirectory(folders.done())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folders.done())) {
            return files.filter(file -> file.getFileName().toString()
                            .matches(java.util.regex.Pattern.quote(base) + "\\.\\d{4}-.*\\.results\\.csv"))
                    .sorted().toList();
        }
    }

    /** The records of a CSV file, its header row included. */
    static List<CSVRecord> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.parse(reader).getRecords();
        }
    }
}
