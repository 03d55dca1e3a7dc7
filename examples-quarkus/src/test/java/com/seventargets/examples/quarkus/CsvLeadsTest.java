package com.seventargets.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.seventargets.examples.quarkus.FoldersResource.Folders;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FoldersResource.class, scope = TestResourceScope.GLOBAL)
class CsvLeadsTest extends SimulatorTest {

    private static final Duration IMPORTED = Duration.ofSeconds(30);

    Folders folders;

    @Test
    void goodRowsBecomeLeadsAndBadRowsGoToTheErrorsFileWithTheirReason() throws Exception {
        AppLog log = new AppLog();
        drop("import-1.csv", """
                email,name,company,context,lastName
                csv.one@example.com,One,"Acme, Inc.","Line one
                line two",Uno
                not-an-email,Two,Beta,,Dos
                csv.three@example.com,Three,Gamma,"He said ""hi""\",Tres
                csv.four@example.com,,Delta,,Cuatro
                """);

        await().atMost(IMPORTED).until(() -> log.contains("import-1.csv: 2 created, 0 already created, 2 rejected"));
        assertThat(folders.done().resolve("import-1.csv")).exists();
        assertThat(folders.inbox().resolve("import-1.csv")).doesNotExist();

        assertThat(simulator.leadByEmail("csv.one@example.com")).get().satisfies(lead -> assertThat(lead)
                .containsEntry("name", "One").containsEntry("lastName", "Uno").containsEntry("source", "CSV")
                .containsEntry("context", "Line one\nline two"));
        assertThat(simulator.journal("/leads")).as("other columns, such as company, are sent as they are")
                .anySatisfy(sent -> assertThat(sent.body())
                        .contains("\"email\":\"csv.one@example.com\"", "\"company\":\"Acme, Inc.\""));
        assertThat(simulator.leadByEmail("csv.three@example.com")).get()
                .satisfies(lead -> assertThat(lead).containsEntry("context", "He said \"hi\""));
        assertThat(simulator.leadByEmail("csv.four@example.com")).isEmpty();

        List<CSVRecord> errors = read(folders.done().resolve("import-1.errors.csv"));
        assertThat(errors.get(0).values()).containsExactly("email", "name", "company", "context", "lastName", "error");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(1).get(0)).isEqualTo("not-an-email");
        assertThat(errors.get(1).get(5)).contains("email 'not-an-email' is not an e-mail address");
        assertThat(errors.get(2).get(0)).isEqualTo("csv.four@example.com");
        assertThat(errors.get(2).get(5)).contains("name is missing");
    }

    @Test
    void fileWithOnlyGoodRowsLeavesNoErrorsFile() throws Exception {
        AppLog log = new AppLog();
        drop("import-2.csv", "name,email\nFive,csv.five@example.com\n");

        await().atMost(IMPORTED).until(() -> log.contains("import-2.csv: 1 created, 0 already created, 0 rejected"));
        assertThat(simulator.leadByEmail("csv.five@example.com")).isPresent();
        assertThat(folders.done().resolve("import-2.errors.csv")).doesNotExist();
    }

    @Test
    void rowsCreatedBeforeAreCountedAndNotSentAgain() throws Exception {
        AppLog log = new AppLog();
        drop("import-3.csv", "name,email\nSix,csv.six@example.com\n");
        await().atMost(IMPORTED).until(() -> log.contains("import-3.csv: 1 created, 0 already created, 0 rejected"));
        await().atMost(IMPORTED).until(() -> Files.exists(folders.done().resolve("import-3.csv")));

        drop("import-3.csv", "name,email\nSix,csv.six@example.com\nSeven,csv.seven@example.com\nEight,not-an-email\n");

        await().atMost(IMPORTED).until(() -> log.contains("import-3.csv: 1 created, 1 already created, 1 rejected"));
        assertThat(postsOf("csv.six@example.com")).isEqualTo(1);
        assertThat(postsOf("csv.seven@example.com")).isEqualTo(1);
    }

    @Test
    void rowWhoseRejectionCannotBeWrittenStopsTheFileWhichGoesToTheFailedFolder() throws Exception {
        AppLog log = new AppLog();
        // a folder, not empty, where the errors file should be: the rejected row cannot be written down
        Files.createDirectories(folders.done().resolve("import-4.errors.csv").resolve("in-the-way"));
        drop("import-4.csv", "name,email\nNine,csv.nine@example.com\nTen,not-an-email\nEleven,csv.eleven@example.com\n");

        await().atMost(IMPORTED).until(() -> Files.exists(folders.inbox().resolve("failed").resolve("import-4.csv")));
        await().atMost(IMPORTED).until(() -> log.contains("import-4.csv: 1 created, 0 already created, 0 rejected,"
                                                          + " then stopped by"));
        assertThat(simulator.leadByEmail("csv.nine@example.com")).isPresent();
        assertThat(postsOf("csv.eleven@example.com")).as("nothing after the row that stopped the file").isZero();
        assertThat(folders.done().resolve("import-4.csv")).doesNotExist();
    }

    /** Writes the file beside the inbox, then moves it in: the route never sees half a file. */
    private void drop(String name, String content) throws Exception {
        Files.createDirectories(folders.inbox());
        Path file = Files.writeString(folders.inbox().resolveSibling(name), content);
        Files.move(file, folders.inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.parse(reader).getRecords();
        }
    }
}
