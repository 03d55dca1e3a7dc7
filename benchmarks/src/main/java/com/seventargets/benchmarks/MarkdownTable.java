package com.seventargets.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured Markdown table, built row by row. */
final class MarkdownTable {

    private final List<String> lines = new ArrayList<>();

    MarkdownTable(String... header) {
        lines.add(row0(header));
        lines.add("|" + "---|".repeat(header.length));
    }

    MarkdownTable row(String... cells) {
        lines.add(row0(cells));
        return this;
    }

    @Override
    public String toString() {
        return String.join("\n", lines) + "\n";
    }

    private static String row0(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
