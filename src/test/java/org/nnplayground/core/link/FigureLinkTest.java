package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;

/** The figure's settings in the link: layout, views, title and caption, each one row of the table. */
class FigureLinkTest {
    private static final LinkState XOR = LinkState.ofPreset(Presets.byId("xor"));

    @Test
    void theFigureSettingsAreRowsOfTheTableWrittenOnlyWhenSet() {
        for (String key : List.of("layout", "views", "title", "caption")) {
            assertTrue(LinkFields.TABLE.field(key) != null, key);
        }
        String plain = LinkCodec.encode(XOR);
        for (String key : List.of("layout=", "views=", "title=", "caption=")) {
            assertFalse(plain.contains("&" + key), "a link without a figure reads as before: " + plain);
        }
        LinkState figure = XOR.withFigure(new Figure(Figure.Layout.FULL, List.of(FigureView.OUTPUT, FigureView.GRAPH),
                "Make the test loss fall below 0.05", "With at most four neurons."));
        String fragment = LinkCodec.encode(figure);
        assertTrue(fragment.endsWith("&hide=&layout=full&views=output,graph&title=Make%20the%20test%20loss%20fall%20below"
                + "%200.05&caption=With%20at%20most%20four%20neurons."), fragment);
        assertEquals(figure, LinkCodec.decode(fragment).link());
    }

    /** Property: any figure over any state travels exactly, silently, and gives one link. */
    @Test
    void randomFiguresSurviveTheRoundTripExactly() {
        Rng rng = new Rng(16);
        for (int i = 0; i < 1000; i++) {
            Preset preset = rng.nextInt(4) == 0 ? null : LinkStates.pick(rng, Presets.all());
            LinkState base = preset == null ? LinkStates.random(rng).withPreset("") : LinkState.ofPreset(preset);
            LinkState link = base.withFigure(LinkStates.randomFigure(rng, preset));
            String fragment = LinkCodec.encode(link);
            LinkCodec.Decoded back = LinkCodec.decode("#" + fragment);
            assertEquals(List.of(), back.notices(), fragment);
            assertEquals(link.figure(), back.link().figure(), fragment);
            assertEquals(link, back.link(), fragment);
            assertEquals(fragment, LinkCodec.encode(back.link()));
        }
    }

    @Test
    void textReadsAsPlainTextAndLongTextIsCutWithANotice() {
        LinkCodec.Decoded d = LinkCodec.decode("preset=xor&title=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%0A%20Two"
                + "&caption=" + "a".repeat(700));
        assertEquals("<img src=x onerror=alert(1)> Two", d.link().figure().title(), "the text as written, one line");
        assertEquals(Figure.MAX_CAPTION, d.link().figure().caption().length());
        assertEquals(List.of("Caption: 700 characters is above the limit of 600; the rest was cut."), d.notices());
    }

    @Test
    void unknownViewsAreNamedWithTheKnownOnesAndTheRestIsKept() {
        LinkCodec.Decoded d = LinkCodec.decode("preset=one-node&views=output,graf,landscape,output,loss");
        assertEquals(List.of(FigureView.OUTPUT, FigureView.LANDSCAPE, FigureView.LOSS), d.link().figure().views());
        assertEquals(List.of("Ignored the view 'graf': there is no such view; the views are graph, output, loss, landscape,"
                + " inspector, collapse, flow, steps, compare, fits and first-steps.",
                "The view 'output' is named twice; it is shown once."), d.notices());
    }

    @Test
    void aLessonViewThePresetLacksIsNamedAndLeftOut() {
        LinkCodec.Decoded d = LinkCodec.decode("preset=xor&views=output,landscape");
        assertEquals(List.of(FigureView.OUTPUT, FigureView.LANDSCAPE), d.link().figure().views(), "kept, so the link stays");
        assertEquals(List.of("The view 'landscape' belongs to the lessons that show it; the preset 'xor' has none,"
                + " so it is left out."), d.notices());
        LinkCodec.Decoded none = LinkCodec.decode("views=flow");
        assertEquals(List.of("The view 'flow' belongs to the lessons that show it; this setup has none, so it is left out."),
                none.notices());
    }

    @Test
    void aBadLayoutIsNamedAndThePagesOwnPickKept() {
        LinkCodec.Decoded d = LinkCodec.decode("preset=xor&layout=compact");
        assertEquals(Figure.Layout.AUTO, d.link().figure().layout());
        assertEquals(List.of("Ignored layout='compact': the layouts are figure and full."), d.notices());
    }

    @Test
    void otherSettingsKeepTheFigure() {
        Figure f = new Figure(Figure.Layout.FIGURE, List.of(FigureView.LOSS), "T", "C");
        LinkState link = XOR.withFigure(f);
        List<LinkState> changed = new ArrayList<>(List.of(link.withPreset("xor"), link.withLogScale(true),
                link.withStopLoss(0.1), link.withSpeed("batch"), link.withWeights(new double[0], 0)));
        for (LinkState l : changed) {
            assertEquals(f, l.figure());
        }
    }
}
