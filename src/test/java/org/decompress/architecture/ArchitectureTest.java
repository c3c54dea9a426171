package org.decompress.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;

/**
 * The service's packages import in one direction only, each from the floors below it, with no loop
 * between any two of them; the faces (the pages, the rule book, FHIR and CDS Hooks, health) stand
 * side by side and never import one another. Only what the service jar holds is read
 * (target/classes): the tests and the build's tools (src/tools) may use any floor. The floors are the
 * README's "Where the code is".
 */
@AnalyzeClasses(packages = "org.decompress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Bottom to top: a package may import only from the packages before it in this list. */
    static final List<String> FLOORS = List.of("config", "language", "problem", "catalog", "figure", "questionnaire", "recommendation",
            "engine", "plan", "page");

    /** The top: each face imports from the floors, none from another face. */
    static final List<String> FACES = List.of("web", "rulebook", "fhir", "health");

    @ArchTest
    static final ArchRule noPackageImportsInALoop = slices().matching("org.decompress.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule eachPackageImportsOnlyFromTheFloorsBelow = floors();

    private static LayeredArchitecture floors() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : concat(FLOORS, FACES)) {
            architecture = architecture.layer(name).definedBy("org.decompress." + name + "..");
        }
        for (int floor = 0; floor < FLOORS.size(); floor++) {
            List<String> above = concat(FLOORS.subList(floor + 1, FLOORS.size()), FACES);
            architecture = architecture.whereLayer(FLOORS.get(floor)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        for (String face : FACES) {
            architecture = architecture.whereLayer(face).mayNotBeAccessedByAnyLayer();
        }
        return architecture;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Arrays.asList(java.util.stream.Stream.concat(first.stream(), second.stream()).toArray(String[]::new));
    }

    @ArchTest
    static final ArchRule everyPackageHasItsFloor = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .should().resideInAnyPackage(concat(FLOORS, FACES).stream().map(name -> "org.decompress." + name + "..").toArray(String[]::new))
            .because("a new package takes its place on a floor (ArchitectureTest.FLOORS) before it lands");
}
