package com.seventargets.buildtools;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceTablesTest {

    private static final String PAGE = """
            = Example
            == Component options
            // tag::component-options[]
            | stale | row
            // end::component-options[]
            Between the tables.
            // tag::endpoint-options[]
            // end::endpoint-options[]
            // tag::headers[]
            |===
            // end::headers[]
            The end.
            """;

    @Test
    void theTablesBetweenTheTagsAreTheMetadatasAndTheRestStays() {
        assertThat(ReferenceTables.update(PAGE, Fixtures.example())).isEqualTo("""
                = Example
                == Component options
                // tag::component-options[]
                [width="100%",cols="2,5,1,2",options="header"]
                |===
                | Name | Description | Default | Type
                | baseUrl | Where the API is. | https://api.example.com/"v1" | java.lang.String
                | apiKey | The key \\| of your account. |  | java.lang.String
                | cacheTtl | How long answers are kept. | 600000 | long
                | pause | The pause */ between calls. | 1500 | long
                | retries | How many retries. | 3 | int
                | accountId | The account. |  | java.lang.Long
                | verbose | Logs more. | false | boolean
                | configuration | The shared options. |  | com.example.ExampleConfiguration
                |===
                // end::component-options[]
                Between the tables.
                // tag::endpoint-options[]
                [width="100%",cols="2,5,1,2",options="header"]
                |===
                | Name | Description | Default | Type
                | resource | What to call. |  | java.lang.String
                | apiKey | The key \\| of your account. |  | java.lang.String
                |===
                // end::endpoint-options[]
                // tag::headers[]
                [width="100%",cols="2,5,1,2",options="header"]
                |===
                | Name | Description | Default | Type
                | ExampleId | The id. |  | String
                |===
                // end::headers[]
                The end.
                """);
    }

    @Test
    void aPageUpToDateIsLeftAsItIs(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("example.adoc");
        Files.writeString(page, ReferenceTables.update(PAGE, Fixtures.example()));
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(0));

        ReferenceTables.main(new String[] {Fixtures.exampleFile().toString(), page.toString()});

        assertThat(Files.getLastModifiedTime(page).toMillis()).isZero();
    }

    @Test
    void aPageWithAStaleTableIsRewritten(@TempDir Path directory) throws Exception {
        Path page = directory.resolve("example.adoc");
        Files.writeString(page, PAGE);

        ReferenceTables.main(new String[] {Fixtures.exampleFile().toString(), page.toString()});

        assertThat(page).hasContent(ReferenceTables.update(PAGE, Fixtures.example()));
    }

    @Test
    void aTagWithoutItsEndIsNamed() {
        assertThatThrownBy(() -> ReferenceTables.update(PAGE.replace("// end::headers[]\n", ""), Fixtures.example()))
                .hasMessage("No line '// end::headers[]' after the line '// tag::headers[]'");
    }
}
