package com.seventargets.camel.docs;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages for users speak to users: no issue numbers, commit hashes or details of the machines we build on. */
class UserPagesTest {

    /** Pages for those who work on the project itself, where such words belong. */
    private static final Set<String> CONTRIBUTOR_PAGES = Set.of("CONTRIBUTING.md", "releasing.md");

    private static final Pattern INTERNAL = Pattern.compile(
            "\\bissue \\d+|`[0-9a-f]{7,40}`|build machine|this project's machine|/usr/lib/jvm|/work/\\w+");

    @TestFactory
    Stream<DynamicTest> userPagesHaveNoProjectInternalWords() {
        return DocPages.pages().stream()
                .filter(page -> !CONTRIBUTOR_PAGES.contains(page.getFileName().toString()))
                .map(page -> DynamicTest.dynamicTest(DocPages.ROOT.relativize(page).toString(), () -> {
                    Matcher internal = INTERNAL.matcher(DocPages.read(page));
                    assertThat(internal.find() ? "`" + internal.group() + "` at line " + line(page, internal.start()) : null)
                            .as(DocPages.ROOT.relativize(page) + ": a word for the project's own work in a page for users")
                            .isNull();
                }));
    }

    private static long line(Path page, int offset) {
        return DocPages.read(page).substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
