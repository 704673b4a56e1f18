package org.nnplayground.core.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.Palette;

/** The unrolled view colours every unit at every step by its value, and reads out the cell under a pointer or the keys. */
class UnrolledPainterTest {
    static SequenceTrace trace(String fragment, int epochs) {
        LabSession session = new LabSession(LabLinks.decode(fragment).state());
        session.stepEpochs(epochs);
        return SequenceTrace.of(session, true, 0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachStateIsAPixelOfTheSignedScaleWithInputsAboveAndTargetAndPredictionBelow(boolean dark) {
        SequenceTrace t = trace("lab=echo&delay=2&cell=elman&h=4", 2);
        Palette p = Palette.of(dark);
        Recorder r = new Recorder(600, 300, p);
        new UnrolledPainter().paint(r, t, -1, null);
        assertEquals(4, r.images.size(), "input, the layer, target, prediction");
        Recorder.Image states = r.images.get(1);
        assertEquals(10, states.w());
        assertEquals(4, states.h());
        for (int step = 0; step < 10; step++) {
            for (int unit = 0; unit < 4; unit++) {
                assertEquals(Colors.toPixel(p.diverging(t.layers().get(0).state(step, unit))), states.at(unit, step));
            }
            int bit = (int) t.input(step, 0);
            assertEquals(Colors.toPixel(bit == 1 ? p.positive() : p.neutral()), r.images.get(0).at(0, step), "a bit: blue or faint");
            assertEquals(Colors.toPixel(p.diverging(t.target(step, 0))), r.images.get(2).at(0, step));
            assertEquals(Colors.toPixel(p.diverging(t.output(step, 0))), r.images.get(3).at(0, step));
        }
        assertTrue(states.y() > r.images.get(0).y() && r.images.get(2).y() > states.y() && r.images.get(3).y() > r.images.get(2).y(),
                "top to bottom: input, state, target, prediction");
        assertTrue(r.says("state") && r.says("input") && r.says("target") && r.says("prediction"));
    }

    @Test
    void thePointerAndTheKeysReadTheSameCell() {
        SequenceTrace t = trace("lab=echo&delay=2&cell=elman&h=4", 2);
        Recorder r = new Recorder(600, 300, Palette.LIGHT);
        UnrolledPainter painter = new UnrolledPainter();
        painter.paint(r, t, -1, null);
        Recorder.Image states = r.images.get(1);
        double cw = states.dw() / states.w();
        double rh = states.dh() / states.h();
        UnrolledPainter.Cursor hit = painter.hitAt(states.x() + 2.5 * cw, states.y() + 1.5 * rh);
        assertEquals(new UnrolledPainter.Cursor(2, 2), hit, "row 0 is the input, rows 1 to 4 the units");
        UnrolledPainter.Cursor keys = UnrolledPainter.move(t, UnrolledPainter.move(t, null, 2, 0), 0, 2);
        assertEquals(hit, keys);
        assertEquals("step 3, unit 2: " + NumberFormat.significant(t.layers().get(0).state(2, 1), 3),
                UnrolledPainter.readout(t, -1, hit));
        assertEquals("step 1, input: " + NumberFormat.significant(t.input(0, 0), 3),
                UnrolledPainter.readout(t, -1, new UnrolledPainter.Cursor(0, 0)));
        assertEquals(new UnrolledPainter.Cursor(9, 6), UnrolledPainter.move(t, hit, 50, 50), "kept to the last step and row");
        assertEquals("step 10, prediction: " + NumberFormat.significant(t.output(9, 0), 3),
                UnrolledPainter.readout(t, -1, new UnrolledPainter.Cursor(9, 6)));
        assertNull(painter.hitAt(1, states.y() + 1), "the labels are no cell");
        painter.paint(r, t, -1, hit);
        Recorder.Rect mark = r.rects.get(r.rects.size() - 1);
        assertEquals(Palette.LIGHT.ink(), mark.colour());
        assertEquals(states.x() + 2 * cw, mark.x(), 1e-9);
        assertEquals(states.y() + rh, mark.y(), 1e-9);
    }

    @Test
    void aGateOfAnLstmShowsInPlaceOfTheStateOfEachLayer() {
        SequenceTrace t = trace("lab=echo&delay=2&cell=lstm&h=3,2", 1);
        Palette p = Palette.LIGHT;
        Recorder r = new Recorder(600, 300, p);
        new UnrolledPainter().paint(r, t, 1, null);
        assertEquals(5, r.images.size(), "input, two layers, target, prediction");
        for (int l = 0; l < 2; l++) {
            Recorder.Image gate = r.images.get(1 + l);
            for (int step = 0; step < 10; step++) {
                for (int unit = 0; unit < gate.h(); unit++) {
                    assertEquals(Colors.toPixel(p.diverging(t.layers().get(l).gate(step, 1, unit))), gate.at(unit, step));
                }
            }
        }
        assertTrue(r.says("layer 2") && r.says("forget"), "each layer named, over what it shows");
        assertEquals("step 1, unit 1 of layer 2 (forget gate): " + NumberFormat.significant(t.layers().get(1).gate(0, 1, 0), 3),
                UnrolledPainter.readout(t, 1, new UnrolledPainter.Cursor(0, 4)));
        assertTrue(UnrolledPainter.describe(t, 1, 0).contains("the forget gate of 3 LSTM units"));
    }

    @Test
    void aTallStackGetsThinRowsWithinTheLargestHeightAndALongSequenceColumnsBelowAPixel() {
        SequenceTrace small = trace("lab=echo&delay=2&cell=elman&h=4", 0);
        assertEquals(7 * UnrolledPainter.MAX_ROW * 0.75 + 3 * UnrolledPainter.GROUP_GAP + StepAxes.X_LABEL_SPACE + 4,
                UnrolledPainter.preferredHeight(small), 1e-9);
        SequenceTrace tall = trace("lab=echo&len=400&delay=2&n=2&train=0.5&cell=elman&h=64,64,64,64", 0);
        assertEquals(UnrolledPainter.MAX_HEIGHT, UnrolledPainter.preferredHeight(tall));
        Recorder r = new Recorder(300, UnrolledPainter.MAX_HEIGHT, Palette.LIGHT);
        new UnrolledPainter().paint(r, tall, -1, null);
        Recorder.Image last = r.images.get(r.images.size() - 1);
        assertTrue(last.x() + last.dw() <= 300, "all 400 steps fit the width: " + (last.x() + last.dw()));
        assertTrue(last.y() + last.dh() <= UnrolledPainter.MAX_HEIGHT, "all 259 rows fit the height");
    }

    @Test
    void aSequenceToOneProblemHasItsTargetAtTheLastStepOnly() {
        SequenceTrace t = trace("lab=adding&len=8&cell=elman&h=3", 1);
        Palette p = Palette.LIGHT;
        Recorder r = new Recorder(500, 300, p);
        new UnrolledPainter().paint(r, t, -1, null);
        Recorder.Image target = r.images.get(2);
        assertEquals(2, r.images.get(0).h(), "two inputs per step: the number and its mark");
        for (int step = 0; step < 7; step++) {
            assertEquals(Colors.toPixel(p.background()), target.at(0, step), "no target before the last step");
        }
        assertNotNull(UnrolledPainter.readout(t, -1, new UnrolledPainter.Cursor(7, 5)));
        assertEquals("step 3, target: none before the last step", UnrolledPainter.readout(t, -1, new UnrolledPainter.Cursor(2, 5)));
        assertEquals("step 8, target: " + NumberFormat.significant(t.target(0, 0), 3),
                UnrolledPainter.readout(t, -1, new UnrolledPainter.Cursor(7, 5)));
        assertEquals("step 2, input 2: " + NumberFormat.significant(t.input(1, 1), 3),
                UnrolledPainter.readout(t, -1, new UnrolledPainter.Cursor(1, 1)));
    }
}
