package com.seventargets.examples.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.seventargets.examples.quarkus.FoldersResource.Folders;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = SimulatorResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = FoldersResource.class, scope = TestResourceScope.GLOBAL)
class CsvLeadsTest extends SimulatorTest {

    private static final Duration IMPORTED = Duration.ofSeconds(30);

    Folders folders;

    @Test
    void goodRowsBecomeLeadsAndEveryRowsOutcomeIsInTheResultsFile() throws Exception {
        AppLog log = new AppLog();
        CsvFiles.drop(folders, "import-1.csv", """
                email,name,company,context,lastName
                csv.one@example.com,One,"Acme, Inc.","Line one
                line two",Uno
                not-an-email,Two,Beta,,Dos
                csv.three@example.com,Three,Gamma,"He said ""hi""\",Tres
                csv.four@example.com,,Delta,,Cuatro
                """);

        await().atMost(IMPORTED).until(() -> log.contains(
                "import-1.csv: 2 created, 0 already created, 2 rejected, 0 failed; results in"));
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

        List<CSVRecord> results = CsvFiles.read(only(CsvFiles.resultsFiles(folders, "import-1.csv")));
        assertThat(results.get(0).values()).containsExactly("row", "email", "outcome", "lead id or reason");
        assertThat(results.subList(1, results.size())).as("one line per row, in the order the rows finished")
                .extracting(CSVRecord::values).containsExactlyInAnyOrder(
                        new String[] {"1", "csv.one@example.com", "created", leadId("csv.one@example.com")},
                        new String[] {"2", "not-an-email", "rejected", "email 'not-an-email' is not an e-mail address (expected name@domain.tld)"},
                        new String[] {"3", "csv.three@example.com", "created", leadId("csv.three@example.com")},
                        new String[] {"4", "csv.four@example.com", "rejected", "name is missing (mandatory)"});
    }

    @Test
    void rowsCreatedBeforeAreNotSentAgainAndTheFirstResultsFileIsKept() throws Exception {
        AppLog log = new AppLog();
        CsvFiles.drop(folders, "import-3.csv", "name,email\nSix,csv.six@example.com\n");
        await().atMost(IMPORTED).until(() -> log.contains("import-3.csv: 1 created, 0 already created, 0 rejected"));
        await().atMost(IMPORTED).until(() -> Files.exists(folders.done().resolve("import-3.csv")));
        Path firstResults = only(CsvFiles.resultsFiles(folders, "import-3.csv"));
        String first = Files.readString(firstResults);

        CsvFiles.drop(folders, "import-3.csv",
                "name,email\nSix,csv.six@example.com\nSeven,csv.seven@example.com\nEight,not-an-email\n");

        await().atMost(IMPORTED).until(() -> log.contains("import-3.csv: 1 created, 1 already created, 1 rejected,"
                                                          + " 0 failed"));
        assertThat(postsOf("csv.six@example.com")).isEqualTo(1);
        assertThat(postsOf("csv.seven@example.com")).isEqualTo(1);
        List<Path> results = CsvFiles.resultsFiles(folders, "import-3.csv");
        assertThat(results).as("a results file per import of the same name").hasSize(2);
        assertThat(firstResults).as("never overwritten").hasContent(first);
        Path second = results.get(0).equals(firstResults) ? results.get(1) : results.get(0);
        assertThat(CsvFiles.read(second)).extracting(record -> record.get(0) + " " + record.get(2))
                .containsExactlyInAnyOrder("row outcome", "1 already created", "2 created", "3 rejected");
    }

    @Test
    void fileWhoseResultsCannotBeWrittenGoesToTheFailedFolderAndNothingIsSent() throws Exception {
        AppLog log = new AppLog();
        // a file where the done folder should be: no results file can be written there
        Path aside = folders.done().resolveSibling("done-aside");
        Files.createDirectories(folders.done());
        Files.move(folders.done(), aside);
        try {
            Files.writeString(folders.done(), "in the way");
            CsvFiles.drop(folders, "import-4.csv", "name,email\nNine,csv.nine@example.com\n");

            await().atMost(IMPORTED).until(() -> Files.exists(folders.inbox().resolve("failed")
                    .resolve("import-4.csv")));
            await().atMost(IMPORTED).until(() -> log.contains("import-4.csv: no row sent, then stopped"));
            assertThat(postsOf("csv.nine@example.com")).isZero();
        } finally {
            Files.delete(folders.done());
            Files.move(aside, folders.done());
        }
    }

    private String leadId(String email) {
        return String.valueOf(simulator.leadByEmail(email).orElseThrow().get("id"));
    }

    private static Path only(List<Path> files) {
        assertThat(files).hasSize(1);
        return files.get(0);
    }
}
