package com.seventargets.camel.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The user pages of the project (the READMEs, CHANGELOG and everything under {@code docs/}) and their code blocks:
 * Markdown fences and AsciiDoc {@code ----} listings, with their language and the marker line before them.
 */
final class DocPages {

    /** The root of the repository, seen from a module's directory, where Maven runs the tests. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** {@code <!-- snippet: path#tag -->} in Markdown, {@code // snippet: path#tag} in AsciiDoc. */
    private static final Pattern MARKER = Pattern.compile("^(?:<!--|//)\\s*snippet:\\s*(\\S+?)\\s*(?:-->)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*```(\\S*)\\s*$");
    private static final Pattern ADOC_SOURCE = Pattern.compile("^\\[source,\\s*([^,\\]]+).*]$");

    /** A code block: where it is, its language ({@code ""} when none), the marker before it, its text. */
    record CodeBlock(Path page, int line, String language, String marker, String text) {

        /** {@code docs/page.md:12}, as messages name a block. */
        String where() {
            return ROOT.relativize(page) + ":" + line;
        }

        @Override
        public String toString() {
            return where();
        }
    }

    private DocPages() {
    }

    static List<Path> pages() {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> roots = Files.list(ROOT); Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            roots.filter(Files::isDirectory).map(module -> module.resolve("README.md")).filter(Files::isRegularFile)
                    .forEach(pages::add);
            docs.filter(page -> page.toString().endsWith(".md") || page.toString().endsWith(".adoc")).forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.add(ROOT.resolve("README.md"));
        pages.add(ROOT.resolve("CHANGELOG.md"));
        pages.add(ROOT.resolve("CONTRIBUTING.md"));
        pages.sort(null);
        return pages;
    }

    static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CodeBlock> codeBlocks() {
        List<CodeBlock> blocks = new ArrayList<>();
        for (Path page : pages()) {
            blocks.addAll(codeBlocks(page, read(page)));
        }
        return blocks;
    }

    static List<CodeBlock> codeBlocks(String language) {
        return codeBlocks().stream().filter(block -> block.language().equals(language)).toList();
    }

    static List<CodeBlock> codeBlocks(Path page, String text) {
        boolean asciidoc = page.toString().endsWith(".adoc");
        String[] lines = text.split("\n", -1);
        List<CodeBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String language;
            if (asciidoc) {
                if (!lines[i].strip().equals("----")) {
                    continue;
                }
                Matcher source = i > 0 ? ADOC_SOURCE.matcher(lines[i - 1].strip()) : null;
                language = source != null && source.matches() ? source.group(1).strip() : "";
            } else {
                Matcher fence = FENCE.matcher(lines[i]);
                if (!fence.matches()) {
                    continue;
                }
                language = fence.group(1);
            }
            int end = i + 1;
            while (end < lines.length && !(asciidoc ? lines[end].strip().equals("----") : FENCE.matcher(lines[end]).matches()
                    && lines[end].strip().equals("```"))) {
                end++;
            }
            if (end == lines.length) {
                throw new IllegalStateException(ROOT.relativize(page) + ":" + (i + 1) + ": a code block that never ends");
            }
            blocks.add(new CodeBlock(page, i + 1, language, marker(lines, asciidoc ? i - 2 : i - 1),
                    String.join("\n", List.of(lines).subList(i + 1, end))));
            i = end;
        }
        return blocks;
    }

    private static String marker(String[] lines, int index) {
        if (index < 0) {
            return null;
        }
        Matcher marker = MARKER.matcher(lines[index].strip());
        return marker.matches() ? marker.group(1) : null;
    }
}
