package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SizeAttribution}: the areas by function name, and the sums over a module written out in {@link WasmModuleTest}. */
class SizeAttributionTest {
    @Test
    void functionNamesGoToTheirArea() {
        assertEquals("TeaVM's setup", SizeAttribution.area("teavm@initializer"));
        assertEquals("TeaVM's setup", SizeAttribution.area("teavm.getJsException"));
        assertEquals("type tests", SizeAttribution.area("java.util.function.Function@isSupertypes"));
        assertEquals("type tests", SizeAttribution.area("org.nnplayground.web.LabPage@isSupertypes"));
        assertEquals("class library", SizeAttribution.area("java.lang.StringBuilder::append_1"));
        assertEquals("class library", SizeAttribution.area("org.teavm.classlib.impl.text.DoubleAnalyzer::<clinit>"));
        assertEquals("class library", SizeAttribution.area("Array<java.lang.Object>::copy"));
        assertEquals("sequence/image", SizeAttribution.area("org.nnplayground.core.state.lab.LabSession::step"));
        assertEquals("sequence/image", SizeAttribution.area("org.nnplayground.core.data.image.ImageProblem$2::draw"));
        assertEquals("sequence/image", SizeAttribution.area("org.nnplayground.web.ImageAddControls$add$lambda$_2_0::apply"));
        assertEquals("sequence/image", SizeAttribution.area("org.nnplayground.web.LabPage::<init>"));
        assertEquals("points and shared web", SizeAttribution.area("org.nnplayground.web.GraphView$<init>$lambda$_0_4::handleEvent"));
        assertEquals("points and shared web", SizeAttribution.area("org.nnplayground.web.Main::detMath$exported$29"));
        assertEquals("exports", SizeAttribution.area("org.nnplayground.core.export.ModelReader::read"));
        assertEquals("links", SizeAttribution.area("org.nnplayground.core.link.LabLinkReader::read"));
        assertEquals("views", SizeAttribution.area("org.nnplayground.core.view.OutputPainter::paintPlane"));
        assertEquals("sequence/image", SizeAttribution.area("org.nnplayground.core.view.lab.CellPainter::paint"));
        assertEquals("layers and other core", SizeAttribution.area("org.nnplayground.core.nn.layer.Conv2d$Spec::build"));
        assertEquals("unnamed", SizeAttribution.area(null));
        assertEquals("org.nnplayground.core.nn.layer", SizeAttribution.packageOf("org.nnplayground.core.nn.layer.Conv2d$Spec::build"));
        assertEquals("(arrays)", SizeAttribution.packageOf("Array<java.lang.Object>::copy"));
    }

    @Test
    void bodiesAreSummedPerAreaAndPackageAndClassesCountedWithoutArrays() {
        SizeAttribution a = SizeAttribution.of(WasmModule.parse(WasmModuleTest.sampleModule()));
        // both bodies are of classes outside the playground: the class library
        assertEquals(new SizeAttribution.Bytes(0, 0, 0), a.perArea().get("exports"));
        SizeAttribution.Bytes library = a.perArea().get("class library");
        assertEquals(WasmModuleTest.BODY_A.length + WasmModuleTest.BODY_B.length, library.raw());
        assertEquals(2, library.functions());
        assertTrue(library.gzip() > 18, "gzip of real bytes has a body after its header");
        assertEquals(library.raw(), a.codeBytes());
        assertEquals(2, a.perPackage().get("a.b").functions());
        assertEquals(SizeAttribution.AREAS, a.perArea().keySet().stream().toList());
        assertEquals(2, a.classes());
        assertEquals(1, a.lambdaClasses());
    }
}
