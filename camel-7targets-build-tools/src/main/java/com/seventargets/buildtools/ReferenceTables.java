package com.seventargets.buildtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.seventargets.buildtools.ComponentMetadata.Option;

/**
 * Writes the option and header tables of a component's AsciiDoc reference page from its metadata, between the
 * page's {@code // tag::component-options[]}, {@code endpoint-options} and {@code headers} tags and their
 * {@code // end::...[]}; the rest of the page is left as written.
 */
public final class ReferenceTables {

    private ReferenceTables() {
    }

    /** @param args the component metadata file, the AsciiDoc page to update */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: ReferenceTables <component json> <asciidoc page>");
        }
        Path page = Path.of(args[1]);
        String written = Files.readString(page);
        String updated = update(written, ComponentMetadata.read(Path.of(args[0])));
        if (!updated.equals(written)) {
            Files.writeString(page, updated);
        }
    }

    static String update(String page, ComponentMetadata metadata) {
        page = replaceTable(page, "component-options", metadata.componentOptions());
        page = replaceTable(page, "endpoint-options", metadata.endpointOptions());
        return replaceTable(page, "headers", metadata.headers());
    }

    private static String replaceTable(String page, String tag, List<Option> options) {
        StringBuilder table = new StringBuilder("[width=\"100%\",cols=\"2,5,1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        for (Option option : options) {
            table.append("| ").append(option.name())
                    .append(" | ").append(option.description().replace("|", "\\|"))
                    .append(" | ").append(option.defaultValue() == null ? "" : option.defaultValue())
                    .append(" | ").append(option.javaType()).append('\n');
        }
        table.append("|===\n");
        return MarkedSection.replace(page, "// tag::" + tag + "[]", "// end::" + tag + "[]", table.toString());
    }
}
