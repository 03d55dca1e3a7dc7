package com.seventargets.camel.quarkus.deployment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.seventargets.camel.model.AdditionalProperties;
import com.seventargets.camel.model.Assistant;
import com.seventargets.camel.model.CustomField;
import com.seventargets.camel.model.Lead;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What a native image needs is registered: the feature, the model for Jackson's reflection, the resources. */
class NativeRegistrationsTest {

    // the build steps run in another class loader than the test: what they saw is handed over in system properties
    private static final String REFLECTIVE = "test.seventargets.reflective";
    private static final String RESOURCES = "test.seventargets.resources";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .setArchiveProducer(() -> ShrinkWrap.create(JavaArchive.class))
            .overrideConfigKey("quarkus.camel.seventargets.devservices.enabled", "false")
            .addBuildChainCustomizer(NativeRegistrationsTest::recordRegistrations)
            .setLogRecordPredicate(record -> record.getMessage().contains("Installed features"))
            .assertLogRecords(records -> assertThat(records).singleElement()
                    .satisfies(record -> assertThat(record.getParameters()).anySatisfy(
                            parameter -> assertThat(parameter.toString()).contains("camel-seventargets"))));

    private static void recordRegistrations(BuildChainBuilder chain) {
        chain.addBuildStep(context -> {
            System.setProperty(REFLECTIVE, context.consumeMulti(ReflectiveClassBuildItem.class).stream()
                    .flatMap(item -> item.getClassNames().stream()).collect(Collectors.joining(",")));
            System.setProperty(RESOURCES, context.consumeMulti(NativeImageResourceBuildItem.class).stream()
                    .flatMap(item -> item.getResources().stream()).collect(Collectors.joining(",")));
            context.produce(new FeatureBuildItem("native-registrations-recorded"));
        }).consumes(ReflectiveClassBuildItem.class)
                .consumes(NativeImageResourceBuildItem.class)
                .produces(FeatureBuildItem.class)
                .build();
    }

    @Test
    void registersEveryModelClassForReflection() {
        Set<String> model = Set.of(Lead.class, Assistant.class, CustomField.class, AdditionalProperties.class).stream()
                .map(Class::getName)
                .collect(Collectors.toSet());
        assertThat(List.of(System.getProperty(REFLECTIVE).split(","))).containsAll(model);
    }

    @Test
    void registersTheKameletAndTheComponentDescriptor() {
        assertThat(List.of(System.getProperty(RESOURCES).split(","))).contains("kamelets/seventargets-lead-sink.kamelet.yaml",
                "META-INF/com/seventargets/camel/seventargets.json");
    }
}
