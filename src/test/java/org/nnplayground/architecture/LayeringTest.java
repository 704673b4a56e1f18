package org.nnplayground.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core's packages form layers; a package uses only the layers below it, never one beside or
 * above it. From the ground up:
 *
 * <pre>
 *   base:   core (Named), math, text (number formatting and reading), limits (the accepted sizes and their notices)
 *   formula the formula language                 uses text, math
 *   table   the CSV/TSV reader                   uses text, math
 *   nn.layer  the layer kinds and their parts    uses base
 *   nn      the network: layers and output head  uses nn.layer, base
 *   data    data sets and input features         uses formula, table, base
 *     data.image  the image problems             uses base only, not the point sets of data
 *     data.sequence  the sequence problems       uses base only, not the point sets of data
 *   train   optimizers, trainer, loss history    uses nn, data, base
 *   teach   the lessons' maths                   uses train, nn, data, base
 *   state   the playground's state and session   uses train, nn, data, base
 *   view    painters                             uses teach, train, nn, data, base
 *     view.lab  the sequence and image painters  uses view, state, teach, train, nn, data, base
 *   link    the link format                      uses state, train, nn, data, base
 *   export  the model files, formula, data CSV   uses link, state, train, nn, data, base
 * </pre>
 *
 * Within the base, math uses nothing of the core, text uses math, limits uses text and math. nn and
 * data are siblings: neither uses the other (the limits both check against are in {@code limits}).
 * The browser layer ({@code web}) assembles view, state and link; it is outside these rules. Every
 * class of the core must lie in one of these layers, so a new package is placed here when it is made.
 * A use of a compile-time constant ({@code static final int} and kin) is copied into the user's
 * bytecode and cannot be seen by these rules.
 */
class LayeringTest {
    private static final String CORE = "org.nnplayground.core";
    private static JavaClasses core;

    @BeforeAll
    static void importClasses() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE);
    }

    @Test
    void corePackagesUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().ensureAllClassesAreContainedInArchitecture()
                .layer("Named").definedBy(CORE)
                .layer("Math").definedBy(CORE + ".math..")
                .layer("Text").definedBy(CORE + ".text..")
                .layer("Limits").definedBy(CORE + ".limits..")
                .layer("Formula").definedBy(CORE + ".formula..")
                .layer("Table").definedBy(CORE + ".table..")
                .layer("Layers").definedBy(CORE + ".nn.layer..")
                .layer("Nn").definedBy(CORE + ".nn")
                .layer("Data").definedBy(CORE + ".data..")
                .layer("Train").definedBy(CORE + ".train..")
                .layer("Teach").definedBy(CORE + ".teach..")
                .layer("State").definedBy(CORE + ".state..")
                .layer("View").definedBy(CORE + ".view")
                .layer("LabView").definedBy(CORE + ".view.lab..")
                .layer("Link").definedBy(CORE + ".link..")
                .layer("Export").definedBy(CORE + ".export..")
                .whereLayer("Named").mayNotAccessAnyLayer()
                .whereLayer("Math").mayNotAccessAnyLayer()
                .whereLayer("Text").mayOnlyAccessLayers("Math")
                .whereLayer("Limits").mayOnlyAccessLayers("Text", "Math")
                .whereLayer("Formula").mayOnlyAccessLayers("Text", "Math")
                .whereLayer("Table").mayOnlyAccessLayers("Text", "Math")
                .whereLayer("Layers").mayOnlyAccessLayers("Named", "Math", "Text", "Limits")
                .whereLayer("Nn").mayOnlyAccessLayers("Layers", "Named", "Math", "Text", "Limits")
                .whereLayer("Data").mayOnlyAccessLayers("Formula", "Table", "Named", "Math", "Text", "Limits")
                .whereLayer("Train").mayOnlyAccessLayers("Nn", "Layers", "Data", "Named", "Math", "Text", "Limits")
                .whereLayer("Teach").mayOnlyAccessLayers("Train", "Nn", "Layers", "Data", "Named", "Math", "Text", "Limits")
                .whereLayer("State").mayOnlyAccessLayers("Train", "Nn", "Layers", "Data", "Named", "Math", "Text", "Limits")
                .whereLayer("View").mayOnlyAccessLayers("Teach", "Train", "Nn", "Layers", "Data", "Named", "Math", "Text", "Limits")
                .whereLayer("LabView").mayOnlyAccessLayers("View", "State", "Teach", "Train", "Nn", "Layers", "Data", "Named",
                        "Math", "Text", "Limits")
                .whereLayer("Link").mayOnlyAccessLayers("State", "Train", "Nn", "Layers", "Data", "Named", "Math", "Text", "Limits")
                .whereLayer("Export").mayOnlyAccessLayers("Link", "State", "Train", "Nn", "Layers", "Data", "Named", "Math", "Text", "Limits")
                .check(core);
    }

    @Test
    void theImageProblemsStandApartFromThePointSets() {
        noClasses().that().resideInAPackage(CORE + ".data.image..")
                .should().dependOnClassesThat().resideInAPackage(CORE + ".data")
                .check(core);
        noClasses().that().resideInAPackage(CORE + ".data")
                .should().dependOnClassesThat().resideInAPackage(CORE + ".data.image..")
                .check(core);
    }

    @Test
    void sequenceProblemsUseOnlyTheBase() {
        noClasses().that().resideInAPackage(CORE + ".data.sequence..").should().dependOnClassesThat()
                .resideInAnyPackage(CORE + ".data", CORE + ".nn..", CORE + ".train..", CORE + ".teach..", CORE + ".state..",
                        CORE + ".view..", CORE + ".link..")
                .check(core);
        noClasses().that().resideInAPackage(CORE + ".data").should().dependOnClassesThat()
                .resideInAPackage(CORE + ".data.sequence..").check(core);
    }

    @Test
    void corePackagesFormNoCycles() {
        slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(core);
    }

    /** A layer kind is built from the parts beside it, never from the network that holds it. */
    @Test
    void subpackagesFormNoCyclesEither() {
        slices().matching(CORE + ".(**)").should().beFreeOfCycles().check(core);
    }
}
