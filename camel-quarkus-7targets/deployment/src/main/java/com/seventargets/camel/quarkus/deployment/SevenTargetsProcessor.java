package com.seventargets.camel.quarkus.deployment;

import java.util.List;

import com.seventargets.camel.quarkus.SevenTargetsRecorder;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.LaunchModeBuildItem;
import io.quarkus.deployment.builditem.ShutdownContextBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.runtime.LaunchMode;
import org.apache.camel.quarkus.core.deployment.spi.RuntimeCamelContextCustomizerBuildItem;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

/** The 7Targets extension's feature, its native-image registrations and its start-up checks. */
class SevenTargetsProcessor {

    static final String FEATURE = "camel-seventargets";
    static final String MODEL_PACKAGE = "com.seventargets.camel.model";
    /** What the component reads from its jar at run time. */
    static final List<String> RESOURCES = List.of(
            "kamelets/seventargets-lead-sink.kamelet.yaml",
            "META-INF/com/seventargets/camel/seventargets.json");

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    IndexDependencyBuildItem indexComponent() {
        return new IndexDependencyBuildItem("com.seventargets", "camel-7targets");
    }

    // Jackson reads and writes the model by reflection
    @BuildStep
    ReflectiveClassBuildItem modelForReflection(CombinedIndexBuildItem index) {
        String[] model = index.getIndex().getClassesInPackage(DotName.createSimple(MODEL_PACKAGE)).stream()
                .map(ClassInfo::name)
                .map(DotName::toString)
                .sorted()
                .toArray(String[]::new);
        return ReflectiveClassBuildItem.builder(model).constructors().methods().fields().build();
    }

    @BuildStep
    NativeImageResourceBuildItem resources() {
        return new NativeImageResourceBuildItem(RESOURCES);
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    RuntimeCamelContextCustomizerBuildItem demoSimulatorOrCredentials(
            SevenTargetsRecorder recorder, ShutdownContextBuildItem shutdown, LaunchModeBuildItem launchMode) {
        return new RuntimeCamelContextCustomizerBuildItem(
                recorder.demoSimulatorOrCredentials(shutdown, launchMode.getLaunchMode() == LaunchMode.NORMAL));
    }
}
