package org.nnplayground.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is pure, portable and deterministic: nothing from TeaVM or the browser layer, no
 * java.util.Random, no Math.random, no clock, no platform transcendentals whose last bits differ
 * between the JVM and the browser builds (nor Math.rint, which TeaVM rounds differently on ties).
 */
class ArchitectureTest {
    private static JavaClasses core;
    private static JavaClasses all;

    @BeforeAll
    static void importClasses() {
        ClassFileImporter importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
        core = importer.importPackages("org.nnplayground.core");
        all = importer.importPackages("org.nnplayground");
    }

    private static void check(ArchRule rule, JavaClasses classes) {
        rule.check(classes);
    }

    @Test
    void coreImportsNothingFromTeaVmOrTheBrowserLayer() {
        check(noClasses().that().resideInAPackage("org.nnplayground.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.teavm..", "org.nnplayground.web..",
                        "org.nnplayground.tools..", "java.net..", "java.io..", "java.nio.file..", "java.nio.channels..")
                .allowEmptyShould(false), core);
    }

    @Test
    void coreUsesNoPlatformRandomness() {
        check(noClasses().that().resideInAPackage("org.nnplayground.core..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().callMethod(Math.class, "random")
                .orShould().callMethod(StrictMath.class, "random"), core);
    }

    @Test
    void coreReadsNoClock() {
        check(noClasses().that().resideInAPackage("org.nnplayground.core..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.time.."), core);
    }

    @Test
    void coreUsesOnlyItsOwnTranscendentals() {
        String[] platformDependent = {"exp", "log", "log10", "log1p", "expm1", "pow", "sin", "cos", "tan", "asin", "acos",
            "atan", "atan2", "sinh", "cosh", "tanh", "cbrt", "hypot", "rint"};
        for (String name : platformDependent) {
            check(noClasses().that().resideInAPackage("org.nnplayground.core..")
                    .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                            com.tngtech.archunit.base.DescribedPredicate.describe("Math." + name,
                                    t -> (t.getOwner().isEquivalentTo(Math.class) || t.getOwner().isEquivalentTo(StrictMath.class))
                                            && t.getName().equals(name)))), core);
        }
    }

    @Test
    void onlyTheBrowserLayerTalksToTeaVm() {
        check(noClasses().that().resideOutsideOfPackage("org.nnplayground.web..")
                .should().dependOnClassesThat().resideInAPackage("org.teavm.."), all);
    }

    /**
     * What the browser builds compile uses no regular expressions and no String.format: each pulls a
     * large part of the class library into app.wasm and app.js (String.split alone brought in
     * java.util.regex, about a tenth of the unminified JS build). The JVM-only tools may.
     */
    @Test
    void theBrowserBuildsUseNoRegularExpressionsNorFormatting() {
        check(noClasses().that().resideInAnyPackage("org.nnplayground.core..", "org.nnplayground.web..")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
                .orShould().callMethod(String.class, "split", String.class)
                .orShould().callMethod(String.class, "split", String.class, int.class)
                .orShould().callMethod(String.class, "matches", String.class)
                .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
                .orShould().callMethod(String.class, "replaceFirst", String.class, String.class)
                .orShould().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class), all);
    }

    /**
     * What the browser builds compile changes case and reads digits through core.text.Ascii, not
     * through the class library's Unicode tables: toLowerCase and isDigit brought them into
     * points.wasm, 5 KB gzip of a page whose limit is 200 KB.
     */
    @Test
    void theBrowserBuildsCarryNoUnicodeTables() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.nnplayground.core..", "org.nnplayground.web..")
                .should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .orShould().callMethod(String.class, "toLowerCase", java.util.Locale.class)
                .orShould().callMethod(String.class, "toUpperCase", java.util.Locale.class)
                .orShould().callMethod(String.class, "equalsIgnoreCase", String.class)
                .orShould().callMethod(Character.class, "isDigit", char.class)
                .orShould().callMethod(Character.class, "isLetter", char.class)
                .orShould().callMethod(Character.class, "isLetterOrDigit", char.class)
                .orShould().callMethod(Character.class, "isWhitespace", char.class)
                .orShould().callMethod(Character.class, "toLowerCase", char.class)
                .orShould().callMethod(Character.class, "toUpperCase", char.class);
        check(rule, all);
    }
}
