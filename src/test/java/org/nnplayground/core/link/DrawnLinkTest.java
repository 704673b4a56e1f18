package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.StateEdits;

/** Drawn points in links: written as pts= after the data while they fit, read back exactly, refused with a notice when damaged. */
class DrawnLinkTest {
    private static PlaygroundState drawn(ProblemType problem, int n) {
        Rng rng = new Rng(n);
        DrawnPoints p = DrawnPoints.empty(problem);
        for (int i = 0; i < n; i++) {
            p = p.with(rng.uniform(-6, 6), rng.uniform(-6, 6), problem.isClassification() ? rng.nextInt(2) : rng.uniform(-1, 1));
        }
        PlaygroundState base = Presets.defaultPreset().state();
        return StateEdits.withData(base, base.data().withDrawn(p));
    }

    @Test
    void aDrawingTravelsInTheLinkAndComesBackExactly() {
        for (ProblemType problem : ProblemType.values()) {
            PlaygroundState s = drawn(problem, 37);
            String fragment = LinkCodec.encode(LinkState.of(s));
            assertTrue(fragment.contains("&data=" + DatasetKind.drawnFor(problem).id() + "&pts="), fragment);
            LinkCodec.Decoded back = LinkCodec.decode(fragment);
            assertEquals(List.of(), back.notices());
            assertEquals(s.data(), back.link().state().data());
            assertEquals(fragment, LinkCodec.encode(back.link()));
        }
        String other = LinkCodec.encode(LinkState.of(Presets.defaultPreset().state()));
        assertTrue(!other.contains("pts="), "only a drawing writes the key");
    }

    @Test
    void aDrawingTooBigForALinkStaysOutOfItAndTheLinkSaysSo() {
        PlaygroundState fits = drawn(ProblemType.CLASSIFICATION, DrawnPoints.MAX_IN_LINK);
        String fragment = LinkCodec.encode(LinkState.of(fits));
        assertTrue(fragment.length() < 2_400, "a full drawing's link: " + fragment.length() + " characters");
        PlaygroundState big = drawn(ProblemType.CLASSIFICATION, DrawnPoints.MAX_IN_LINK + 1);
        String without = LinkCodec.encode(LinkState.of(big));
        assertTrue(without.contains("data=dclasses&n="), without);
        LinkCodec.Decoded d = LinkCodec.decode(without);
        assertEquals(0, d.link().state().data().drawn().size(), "the view starts empty");
        assertEquals(List.of("The link's data is a drawing (data=dclasses) without its points: a drawing of more than 400"
                + " points stays in the page that drew it. Draw on the empty view."), d.notices());
    }

    @Test
    void damagedPointsAreNamedAndTheRestOfTheLinkIsKept() {
        LinkCodec.Decoded d = LinkCodec.decode("data=dclasses&pts=cAAA&lr=0.1");
        assertEquals(0.1, d.link().state().training().learningRate());
        assertEquals(DatasetKind.DRAWN_CLASSES, d.link().state().data().kind());
        assertTrue(d.notices().get(0).startsWith("Ignored the drawn points (pts=): the drawn points are cut short"), d.notices().toString());
        LinkCodec.Decoded wrong = LinkCodec.decode("data=dcurve&pts=cAAAAB");
        assertEquals(List.of("The drawn points in the link are for another problem than data=dcurve; the view starts empty."),
                wrong.notices());
    }
}
