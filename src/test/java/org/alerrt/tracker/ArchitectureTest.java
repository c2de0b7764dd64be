package org.alerrt.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The boundaries docs/architecture.md describes, checked on the compiled classes: contexts form no cycle, the LRS
 * and platform depend on no context, nothing but the composition root knows every context, and HTTP, Faces and
 * JDBC stay in the adapters.
 */
@AnalyzeClasses(packages = "org.alerrt.tracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CONTEXTS = {
        "..tracker.lrs..",
        "..tracker.training..",
        "..tracker.certificates..",
        "..tracker.reporting..",
        "..tracker.compliance..",
        "..tracker.cmi5..",
        "..tracker.tincan..",
        "..tracker.portal..",
        "..tracker.upstream.."
    };

    private static final String[] ADAPTER_TECHNOLOGY = {
        "jakarta.ws.rs..",
        "jakarta.servlet..",
        "jakarta.faces..",
        "java.sql..",
        "javax.sql..",
        "..tracker.platform.web.."
    };

    @ArchTest
    static final ArchRule contextsFormNoCycle =
            slices().matching("org.alerrt.tracker.(*)..").should().beFreeOfCycles();

    /** docs/architecture.md, "Start-up": no EJB container in the deployment; start-up work is a StartupStep. */
    @ArchTest
    static final ArchRule noEjbs = noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.ejb..");

    @ArchTest
    static final ArchRule platformDependsOnNoContext = noClasses()
            .that()
            .resideInAPackage("..tracker.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CONTEXTS)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("..tracker.app..");

    @ArchTest
    static final ArchRule lrsDependsOnNoOtherContext = noClasses()
            .that()
            .resideInAPackage("..tracker.lrs..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..tracker.training..",
                    "..tracker.certificates..",
                    "..tracker.reporting..",
                    "..tracker.compliance..",
                    "..tracker.cmi5..",
                    "..tracker.tincan..",
                    "..tracker.portal..",
                    "..tracker.upstream..",
                    "..tracker.app..");

    @ArchTest
    static final ArchRule onlyTheLauncherStartsAndNothingImportsTheCompositionRoot = noClasses()
            .that()
            .resideOutsideOfPackage("..tracker.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..tracker.app..", "..tracker.launcher..");

    /** docs/architecture.md, "Accessors": JavaBean getters only where Faces binds to them (page beans). */
    @ArchTest
    static final ArchRule entitiesAndValuesHaveRecordStyleAccessors = noMethods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage("..tracker.*.domain..", "..tracker.*.api..", "..tracker.platform.security..")
            .and()
            .arePublic()
            .should()
            .haveNameMatching("get[A-Z].*");

    @ArchTest
    static final ArchRule domainKnowsNoAdapter = noClasses()
            .that()
            .resideInAPackage("..tracker.*.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTER_TECHNOLOGY)
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("..tracker.*.adapters..", "..tracker.*.application..");

    @ArchTest
    static final ArchRule applicationKnowsNoAdapter = noClasses()
            .that()
            .resideInAPackage("..tracker.*.application..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTER_TECHNOLOGY)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("..tracker.*.adapters..");

    /** docs/architecture.md, "Settings each have one reader": no setting key is injected into two classes. */
    @ArchTest
    static void eachSettingHasOneReader(JavaClasses classes) {
        Map<String, Set<String>> readers = new TreeMap<>();
        for (JavaClass c : classes) {
            for (JavaField f : c.getFields()) {
                f.tryGetAnnotationOfType(ConfigProperty.class)
                        .ifPresent(p -> readers.computeIfAbsent(p.name(), k -> new TreeSet<>())
                                .add(c.getName()));
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>(readers);
        shared.values().removeIf(r -> r.size() < 2);
        assertTrue(readers.containsKey("tracker.public-url"), "the scan sees the injected settings: " + readers);
        assertEquals(Map.of(), shared, "settings read in more than one class");
    }

    /**
     * Another context's published API is its {@code api} package: nothing of the LRS, training or cmi5 but their
     * api packages, nothing of tincan or portal from cmi5. Only the composition root and the launcher see everything.
     */
    @ArchTest
    static final ArchRule contextsUseOnlyEachOthersPublishedApi = slices().matching("org.alerrt.tracker.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(
                    DescribedPredicate.alwaysTrue(),
                    JavaClass.Predicates.resideInAnyPackage("..tracker.*.api..", "..tracker.platform.."))
            .ignoreDependency(
                    JavaClass.Predicates.resideInAnyPackage("..tracker.app..", "..tracker.launcher.."),
                    DescribedPredicate.alwaysTrue());
}
