package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.view.lab.DrawPad;

/**
 * Images drawn and added to an image problem's training set: they come after the generated ones,
 * a run with them replays bit for bit from its link, and adding one goes on training the weights
 * the network has.
 */
class AddedImagesTrainingTest {
    /** The drawing the browser test makes with the keyboard: a short L from the pad's middle. */
    static DrawPad keyboardDrawing(int side) {
        DrawPad pad = new DrawPad(side);
        pad.paintCursor();
        pad.moveCursor(1, 0);
        pad.paintCursor();
        pad.moveCursor(1, 0);
        pad.paintCursor();
        pad.moveCursor(0, 1);
        pad.paintCursor();
        return pad;
    }

    private static LabState shapes() {
        LabState s = LabState.defaultFor("shapes", 1);
        ImageModel m = (ImageModel) s.model();
        return s.withModel(m.withData(m.data().withSide(16).withImages(40)));
    }

    private static LabState withOneAdded(LabState s, int label) {
        ImageModel m = (ImageModel) s.model();
        return s.withModel(m.withAdded(m.added().with(keyboardDrawing(16).pixels(), label, 4)));
    }

    private static String fingerprint(LabSession session) {
        return session.trainer().network().fingerprint().hex();
    }

    @Test
    void theTrainingSetIsTheGeneratedImagesThenTheAddedOnes() {
        LabState plain = shapes();
        LabState added = withOneAdded(plain, 1);
        LabSets a = plain.model().generate();
        LabSets b = added.model().generate();
        assertEquals(32, a.train().size());
        assertEquals(33, b.train().size());
        assertEquals(a.test().size(), b.test().size());
        assertEquals(33, b.images().train().size());
        assertEquals(1, b.images().train().label(32));
        AddedImages kept = ((ImageModel) added.model()).added();
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(kept.pixel(0, x, y), b.images().train().pixel(32, x, y));
            }
        }
        assertEquals(0.0, b.images().train().pixel(32, 0, 0));
        assertEquals(1.0, b.images().train().pixel(32, 7, 7), "the brush's centre is at full strength");
    }

    @Test
    void aRunWithAddedImagesReplaysBitForBitFromItsLink() {
        LabState s = withOneAdded(withOneAdded(shapes(), 1), 3);
        String link = LabLinks.encode(s, Speed.DEFAULT, 0);
        assertTrue(link.contains("&add=16."), link);
        LabLinks.Decoded d = LabLinks.decode(link);
        assertEquals(s, d.state());
        LabSession one = new LabSession(s);
        LabSession two = new LabSession(d.state());
        one.stepEpochs(3);
        two.stepEpochs(3);
        assertEquals(fingerprint(one), fingerprint(two));
        LabSession without = new LabSession(shapes());
        without.stepEpochs(3);
        assertNotEquals(fingerprint(without), fingerprint(one), "the added images are trained on");
    }

    @Test
    void addingAnImageKeepsTheWeightsTheEpochAndTheHistoryAndGrowsTheTrainingSet() {
        LabSession session = new LabSession(shapes());
        session.stepEpochs(4);
        String before = fingerprint(session);
        int points = session.history().size();
        session.apply(withOneAdded(session.state(), 2));
        assertEquals(before, fingerprint(session), "the weights stay");
        assertEquals(4, session.last().epoch());
        assertEquals(33, session.sets().train().size());
        assertTrue(session.history().size() >= points, "the loss history goes on");
        session.stepEpochs(1);
        assertNotEquals(before, fingerprint(session));
        assertEquals(5, session.last().epoch());
        // Removing them keeps the weights too; another change of the data starts again.
        String trained = fingerprint(session);
        ImageModel m = (ImageModel) session.state().model();
        session.apply(session.state().withModel(m.withAdded(AddedImages.none(16))));
        assertEquals(trained, fingerprint(session));
        assertEquals(32, session.sets().train().size());
        session.apply(session.state().withModel(((ImageModel) session.state().model()).withData(m.data().withNoise(0.1))));
        assertEquals(0, session.last().epoch());
    }

    @Test
    void afterAResetThePageTrainsWhatTheLinkReplays() {
        LabSession page = new LabSession(shapes());
        page.stepEpochs(2);
        page.apply(withOneAdded(page.state(), 1));
        page.reset();
        page.stepEpochs(3);
        LabSession link = new LabSession(LabLinks.decode(LabLinks.encode(page.state(), Speed.DEFAULT, 0)).state());
        link.stepEpochs(3);
        assertEquals(fingerprint(link), fingerprint(page));
    }

    @Test
    void aNewImageSizeWithImagesAddedIsRefusedWithASentenceAndClassesBeyondTheProblemsToo() {
        ImageModel m = (ImageModel) withOneAdded(shapes(), 0).model();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.withData(m.data().withSide(12)));
        assertEquals("The image you added is 16 x 16 pixels; remove it before changing the image size to 12 x 12.",
                e.getMessage());
        ImageModel empty = m.withAdded(AddedImages.none(16));
        assertEquals(12, empty.withData(empty.data().withSide(12)).added().side(), "with none added the size may change");
        ImageModel digits = (ImageModel) LabState.defaultFor("digits", 1).model();
        AddedImages nine = AddedImages.none(12).with(new double[144], 9, 10);
        ImageModel bars = (ImageModel) LabState.defaultFor("bars", 1).model();
        assertEquals(1, digits.withAdded(nine).added().size());
        assertThrows(IllegalArgumentException.class, () -> bars.withData(bars.data().withSide(8)).withAdded(
                AddedImages.none(8).with(new double[64], 5, 10)));
        assertThrows(IllegalArgumentException.class, () -> bars.withAdded(nine), "12 x 12 images on 8 x 8 bars");
    }
}
