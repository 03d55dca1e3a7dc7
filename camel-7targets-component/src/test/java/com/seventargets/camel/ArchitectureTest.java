package com.seventargets.camel;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the component, which run one way: the public API (the top package) uses the internal client, the
 * metrics and the model; the internal client uses the metrics, the model and the public exceptions; the metrics and
 * the model use nothing of the component. CONTRIBUTING.md ("Layers") explains them.
 */
@AnalyzeClasses(packages = ArchitectureTest.TOP, importOptions = { ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class })
class ArchitectureTest {

    static final String TOP = "com.seventargets.camel";
    private static final String INTERNAL = TOP + ".internal..";
    private static final String METRICS = TOP + ".metrics..";
    private static final String MODEL = TOP + ".model..";

    /**
     * The public exceptions of the top package, and the operation that a validation failure names (by name: the
     * libraries' classes, such as the exceptions' superclasses, are not imported).
     */
    private static final DescribedPredicate<JavaClass> PUBLIC_EXCEPTIONS = DescribedPredicate.describe(
            "the public exceptions of " + TOP,
            type -> type.getPackageName().equals(TOP) && type.getModifiers().contains(JavaModifier.PUBLIC)
                    && (type.getSimpleName().endsWith("Exception") || type.isEquivalentTo(SevenTargetsCallFailure.class)
                        || type.isEquivalentTo(SevenTargetsOperation.class)));

    /** Each package a slice, but the top package's exceptions one of their own: the internal client may throw them. */
    private static final SliceAssignment PACKAGES_WITH_EXCEPTIONS_APART = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            if (!type.getPackageName().startsWith(TOP)) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(PUBLIC_EXCEPTIONS.test(type) ? "exceptions" : type.getPackageName());
        }

        @Override
        public String getDescription() {
            return "the component's packages, with the public exceptions apart";
        }
    };

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().assignedFrom(PACKAGES_WITH_EXCEPTIONS_APART)
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theInternalPackageSeesOnlyThePublicExceptionsOfTheTopPackage = noClasses()
            .that().resideInAPackage(INTERNAL)
            .should().dependOnClassesThat(resideInAPackage(TOP).and(DescribedPredicate.not(PUBLIC_EXCEPTIONS)))
            .because("settings reach the client as values, not as the configuration");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfTheComponent = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat(resideInAPackage(TOP + "..").and(DescribedPredicate.not(resideInAPackage(MODEL))));

    @ArchTest
    static final ArchRule theMetricsReadTheStatsNotTheEndpoint = noClasses()
            .that().resideInAPackage(METRICS)
            .should().dependOnClassesThat(resideInAnyPackage(TOP, INTERNAL));
}
