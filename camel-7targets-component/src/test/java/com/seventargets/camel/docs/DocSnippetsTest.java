package com.seventargets.camel.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.seventargets.camel.SevenTargetsComponent;
import com.seventargets.camel.docs.DocPages.CodeBlock;
import com.seventargets.simulator.RecordedRequest;
import com.seventargets.simulator.SevenTargetsSimulator;
import com.seventargets.simulator.SevenTargetsSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every code block of the user pages is checked: YAML and XML routes run as written against the simulator; Java
 * blocks are copies of tagged regions of compiled sources; property keys exist in the component's catalog or Camel
 * Main's; commands name the project's version and build what they need; JSON parses. To add a snippet, write it in
 * a page: its language decides the check (a Java block names its region with a {@code snippet: path#tag} line).
 */
class DocSnippetsTest {

    @RegisterExtension
    static final SevenTargetsSimulatorExtension SIMULATOR = new SevenTargetsSimulatorExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEAD = "{\"name\": \"Ada\", \"email\": \"ada@example.com\"}";
    private static final String SALES = "sales@example.com";
    private static final Set<String> SENDABLE = Set.of("direct", "kafka", "jms");

    @TempDir
    Path files;

    @TestFactory
    Stream<DynamicTest> yamlRoutesRunAgainstTheSimulator() {
        return DocPages.codeBlocks("yaml").stream().map(block -> DynamicTest.dynamicTest(block.where(),
                () -> runRoutes(block, "yaml")));
    }

    @TestFactory
    Stream<DynamicTest> xmlBlocksRunOrNameTheProjectVersion() {
        return DocPages.codeBlocks("xml").stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            String text = block.text();
            if (text.contains("<servers>")) {
                // a Maven settings file: it must at least be well-formed
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader("<settings>" + text + "</settings>")));
            } else if (text.contains("<dependency>")) {
                assertDependenciesUseTheProjectVersion(block);
            } else if (text.contains("<beans") || text.contains("<bean ")) {
                runSpringXml(block);
            } else {
                runRoutes(block, "xml");
            }
        }));
    }

    /** Java blocks are cut from sources the build compiles and runs; the page must show the region as it is. */
    @TestFactory
    Stream<DynamicTest> javaBlocksAreCopiesOfCompiledRegions() {
        return DocPages.codeBlocks("java").stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            assertThat(block.marker()).as(block.where() + ": a Java block needs a line `<!-- snippet: path#tag -->`"
                    + " (`// snippet: path#tag` in AsciiDoc) just before it, naming the tagged region of a compiled"
                    + " source it is copied from").isNotNull();
            assertThat(block.text()).as(block.where() + ": the Java block differs from " + block.marker()
                    + "; copy the region into the page again").isEqualTo(region(block.marker()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> propertyKeysExist() {
        Set<String> componentOptions = fieldNames(catalog().get("componentProperties"));
        Set<String> mainOptions = camelMainOptions();
        return DocPages.codeBlocks("properties").stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            for (String key : keys(block)) {
                if (key.startsWith(SEVENTARGETS)) {
                    assertThat(componentOptions).as(block.where() + ": " + key + " is not an option of the component")
                            .contains(StringHelper.dashToCamelCase(key.substring(SEVENTARGETS.length())));
                } else if (key.startsWith("camel.") && !key.startsWith("camel.component.")) {
                    assertThat(mainOptions).as(block.where() + ": " + key + " is not a Camel Main option")
                            .contains(camelCase(key));
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> jsonBlocksParse() {
        return DocPages.codeBlocks("json").stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> {
            String text = block.text().strip();
            // a fragment of a larger document, such as "name": {...}
            String document = text.startsWith("\"") ? "{" + text + "}" : text;
            try {
                JSON.readTree(document);
            } catch (IOException e) {
                fail(block.where() + ": the JSON does not parse: " + e.getMessage());
            }
        }));
    }

    /** The artifacts of this project appear with its version, or with a placeholder such as {@code <version>}. */
    @TestFactory
    Stream<DynamicTest> pagesNameTheProjectVersion() {
        String version = projectVersion();
        Pattern versioned = Pattern.compile("camel-7targets[\\w-]*?[-:](\\d+\\.\\d+\\.\\d+[\\w.-]*?)(?=[:\\s`'\"<)]|-runner|\\.jar|$)",
                Pattern.MULTILINE);
        return DocPages.pages().stream().map(page -> DynamicTest.dynamicTest(DocPages.ROOT.relativize(page).toString(),
                () -> {
                    Matcher matcher = versioned.matcher(DocPages.read(page));
                    while (matcher.find()) {
                        assertThat(matcher.group(1)).as(DocPages.ROOT.relativize(page) + ": `" + matcher.group()
                                + "` names another version than the project's").isEqualTo(version);
                    }
                }));
    }

    /**
     * Maven commands run from the repository's root with the wrapper, and build the modules they need: {@code -pl} of
     * a module that depends on another of the project's, not listed with it, fails on a fresh clone without
     * {@code -am}.
     */
    @TestFactory
    Stream<DynamicTest> mavenCommandsWorkOnAFreshClone() {
        Map<String, Module> modules = modules();
        Pattern command = Pattern.compile("(?<![\\w/.-])(\\./mvnw|mvn)\\s[^`\\n]*");
        return DocPages.pages().stream().map(page -> DynamicTest.dynamicTest(DocPages.ROOT.relativize(page).toString(),
                () -> {
                    Matcher matcher = command.matcher(DocPages.read(page).replace("\\\n", " "));
                    while (matcher.find()) {
                        String line = matcher.group();
                        String where = DocPages.ROOT.relativize(page) + ": `" + line.strip() + "`";
                        Matcher listed = Pattern.compile("-pl\\s+(\\S+)").matcher(line);
                        if (!listed.find()) {
                            continue;
                        }
                        assertThat(matcher.group(1)).as(where + ": a command on this project's modules uses ./mvnw")
                                .isEqualTo("./mvnw");
                        Set<String> built = new HashSet<>();
                        Set<String> needed = new HashSet<>();
                        for (String name : listed.group(1).split(",")) {
                            assertThat(modules).as(where + ": no module " + name).containsKey(name);
                            built.add(modules.get(name).artifactId());
                            needed.addAll(modules.get(name).needs());
                        }
                        needed.removeAll(built);
                        if (!needed.isEmpty()) {
                            assertThat(line).as(where + ": needs " + needed + " of this project too: add -am")
                                    .containsPattern("\\s-am(\\s|$)");
                        }
                    }
                }));
    }

    /** How many code blocks the pages have, and how many of them a test above checks. */
    @Test
    void everyCodeBlockIsInALanguageWithACheck() {
        List<CodeBlock> blocks = DocPages.codeBlocks();
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        int checked = 0;
        List<String> unchecked = new ArrayList<>();
        for (CodeBlock block : blocks) {
            byLanguage.merge(block.language().isEmpty() ? "(none)" : block.language(), 1, Integer::sum);
            if (isChecked(block)) {
                checked++;
            } else {
                unchecked.add(block.where() + " [" + block.language() + "] " + block.text().lines().findFirst().orElse(""));
            }
        }
        System.out.printf("Code blocks in the user pages: %d, checked: %d, by language: %s%nNot checked:%n  %s%n",
                blocks.size(), checked, byLanguage, String.join("\n  ", unchecked));
        assertThat(byLanguage.keySet()).as("languages of code blocks: a new one needs a check in this class first")
                .isSubsetOf("yaml", "xml", "java", "properties", "json", "sh", "(none)");
    }

    private static boolean isChecked(CodeBlock block) {
        return switch (block.language()) {
            case "yaml", "java", "properties", "json", "xml" -> true;
            // the versions and Maven commands of every page are checked
            default -> block.text().contains("mvn") || block.text().matches("(?s).*camel-7targets[\\w-]*[-:](\\d|<version>).*");
        };
    }

    // ---- running routes

    private void runRoutes(CodeBlock block, String extension) throws Exception {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        try (CamelContext context = SnippetContext.create(simulator, files)) {
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            template.requestBody("seventargets:lead", LEAD); // a lead for the routes that update or stop one
            if (simulator.assistants().stream().noneMatch(assistant -> SALES.equals(assistant.get("emailid")))) {
                simulator.addAssistant("Sales", SALES); // the assistant the pages' examples name
            }
            int before = simulator.journal().size();
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.fromString(block.where().replaceAll("\\W", "-") + "." + extension, block.text()));
            List<Route> routes = context.getRoutes().stream()
                    .filter(route -> !route.getEndpoint().getEndpointUri().startsWith("seventargets")).toList();
            if (routes.isEmpty()) {
                assertBeansConfigureTheComponent(block, context, simulator);
                return;
            }
            for (Route route : routes) {
                String uri = route.getEndpoint().getEndpointUri();
                if (SENDABLE.contains(uri.substring(0, uri.indexOf(':')))) {
                    template.sendBodyAndHeader(uri, LEAD, "email", "ada@example.com");
                }
            }
            awaitASuccessfulCall(block, simulator, before);
        }
    }

    /** A block of beans only: the component it declares gets the values of its placeholders, and works. */
    private static void assertBeansConfigureTheComponent(CodeBlock block, CamelContext context, SevenTargetsSimulator simulator)
            throws Exception {
        SevenTargetsComponent declared = context.getRegistry().findSingleByType(SevenTargetsComponent.class);
        assertThat(declared).as(block.where() + ": neither a route nor a seventargets component bean").isNotNull();
        assertThat(declared.getConfiguration().getClientId()).as(block.where() + ": clientId")
                .isEqualTo(simulator.clientId());
        int before = simulator.journal().size();
        // the block leaves the URLs at 7Targets'; the test points them at the simulator
        declared.getConfiguration().setTokenUrl(simulator.tokenUrl());
        declared.getConfiguration().setBaseUrl(simulator.baseUrl());
        context.addComponent("declared", declared);
        context.createProducerTemplate().requestBody("declared:assistant", (Object) null);
        awaitASuccessfulCall(block, simulator, before);
    }

    private void runSpringXml(CodeBlock block) throws Exception {
        SevenTargetsSimulator simulator = SIMULATOR.simulator();
        try (GenericApplicationContext spring = new GenericApplicationContext()) {
            spring.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("simulator", Map.copyOf(SnippetContext.values(simulator))));
            new XmlBeanDefinitionReader(spring).loadBeanDefinitions(
                    new ByteArrayResource(block.text().getBytes(StandardCharsets.UTF_8), block.where()));
            spring.refresh();
            try (CamelContext context = SnippetContext.create(simulator, files)) {
                context.getRegistry().bind("seventargets", spring.getBean(SevenTargetsComponent.class));
                context.start();
                assertBeansConfigureTheComponent(block, context, simulator);
            }
        }
    }

    private static void awaitASuccessfulCall(CodeBlock block, SevenTargetsSimulator simulator, int before) {
        Predicate<RecordedRequest> apiSuccess = request -> !request.path().startsWith("/oauth2")
                && request.status() >= 200 && request.status() < 300;
        Await.until(() -> simulator.journal().stream().skip(before).anyMatch(apiSuccess),
                () -> block.where() + ": the snippet made no successful call to the simulator; it received "
                        + simulator.journal().stream().skip(before)
                        .map(request -> request.method() + " " + request.path() + " -> " + request.status()).toList());
    }

    // ---- Java regions

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}, without their common indentation. */
    static String region(String marker) throws IOException {
        String[] fileAndTag = marker.split("#", 2);
        Path file = DocPages.ROOT.resolve(fileAndTag[0]);
        assertThat(file).as(marker + ": the file").isRegularFile();
        assertThat(fileAndTag[0]).as(marker + ": a source the build compiles").contains("/src/");
        List<String> lines = Files.readAllLines(file);
        int start = lines.indexOf(lines.stream().filter(line -> line.strip().equals("// tag::" + fileAndTag[1] + "[]"))
                .findFirst().orElseThrow(() -> new AssertionError(marker + ": no // tag::" + fileAndTag[1] + "[] in " + file)));
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("// end::" + fileAndTag[1] + "[]")) {
            end++;
        }
        List<String> region = lines.subList(start + 1, end);
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return String.join("\n", region.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList());
    }

    // ---- properties and versions

    private static final String SEVENTARGETS = "camel.component.seventargets.";

    private static List<String> keys(CodeBlock block) {
        return block.text().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).strip()).toList();
    }

    private static String camelCase(String key) {
        int group = key.lastIndexOf('.');
        return key.substring(0, group + 1) + StringHelper.dashToCamelCase(key.substring(group + 1));
    }

    private static JsonNode catalog() {
        try (InputStream in = SevenTargetsComponent.class.getResourceAsStream("/META-INF/com/seventargets/camel/seventargets.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> camelMainOptions() {
        try (InputStream in = CamelContext.class.getClassLoader()
                .getResourceAsStream("META-INF/camel-main-configuration-metadata.json")) {
            Set<String> names = new HashSet<>();
            JSON.readTree(in).get("properties").forEach(option -> names.add(option.get("name").asText()));
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String projectVersion() {
        Matcher version = Pattern.compile("<artifactId>camel-7targets-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(DocPages.read(DocPages.ROOT.resolve("pom.xml")));
        assertThat(version.find()).as("the parent's version in pom.xml").isTrue();
        return version.group(1);
    }

    private static void assertDependenciesUseTheProjectVersion(CodeBlock block) {
        Matcher ours = Pattern.compile("<groupId>com\\.seventargets</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*"
                + "<version>([^<]+)</version>").matcher(block.text());
        int found = 0;
        while (ours.find()) {
            found++;
            assertThat(ours.group(2)).as(block.where() + ": the version of " + ours.group(1)).isEqualTo(projectVersion());
        }
        assertThat(found).as(block.where() + ": a dependency of this project with its version").isPositive();
    }

    /** A module of the project: its artifact, and the artifacts of the project it depends on. */
    private record Module(String artifactId, Set<String> needs) {
    }

    /** Module directory to module. */
    private static Map<String, Module> modules() {
        Map<String, Module> modules = new LinkedHashMap<>();
        addModules(Path.of(""), modules);
        return modules;
    }

    private static void addModules(Path parent, Map<String, Module> modules) {
        Matcher module = Pattern.compile("<module>([^<]+)</module>")
                .matcher(DocPages.read(DocPages.ROOT.resolve(parent).resolve("pom.xml")));
        while (module.find()) {
            Path path = parent.resolve(module.group(1));
            String pom = DocPages.read(DocPages.ROOT.resolve(path).resolve("pom.xml"));
            Matcher own = Pattern.compile("</parent>\\s*(?:<[^>]+>[^<]*</[^>]+>\\s*)*?<artifactId>([^<]+)</artifactId>").matcher(pom);
            assertThat(own.find()).as("the artifactId of " + path).isTrue();
            Set<String> needs = new HashSet<>();
            Matcher dependency = Pattern.compile("<dependency>\\s*<groupId>com\\.seventargets</groupId>\\s*<artifactId>([^<]+)</artifactId>")
                    .matcher(pom);
            while (dependency.find()) {
                needs.add(dependency.group(1));
            }
            modules.put(path.toString(), new Module(own.group(1), needs));
            addModules(path, modules);
        }
    }
}
