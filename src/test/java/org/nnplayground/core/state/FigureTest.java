package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/** How a figure presents itself: its layout, views, and an author's plain text as the page shows it. */
class FigureTest {
    @Test
    void theLayoutIsAFigureWhenEmbeddedUnlessTheAuthorAsksForTheWhole() {
        assertTrue(Figure.Layout.AUTO.figure(true));
        assertFalse(Figure.Layout.AUTO.figure(false), "on its own page the playground is whole");
        assertTrue(Figure.Layout.FIGURE.figure(false), "a figure on the page itself, when asked for");
        assertFalse(Figure.Layout.FULL.figure(true));
        assertEquals(Figure.Layout.FULL, Figure.Layout.byId("full"));
        assertNull(Figure.Layout.byId("compact"));
    }

    @Test
    void noViewsMeansTheGraphTheOutputAndTheLossAndAViewIsShownOnce() {
        assertEquals(List.of(FigureView.GRAPH, FigureView.OUTPUT, FigureView.LOSS), Figure.NONE.shownViews());
        Figure f = Figure.NONE.withViews(List.of(FigureView.LOSS, FigureView.OUTPUT, FigureView.LOSS));
        assertEquals(List.of(FigureView.LOSS, FigureView.OUTPUT), f.shownViews(), "the author's order, each once");
    }

    @Test
    void lessonViewsBelongToTheLessonsThatShowThem() {
        Preset oneNode = Presets.byId("one-node");
        assertTrue(FigureView.LANDSCAPE.availableIn(oneNode));
        assertTrue(FigureView.INSPECTOR.availableIn(oneNode));
        assertFalse(FigureView.FLOW.availableIn(oneNode));
        assertTrue(FigureView.FLOW.availableIn(Presets.byId("skip")));
        assertTrue(FigureView.GRAPH.availableIn(null), "every setup has the graph");
        assertFalse(FigureView.COLLAPSE.availableIn(null));
        assertEquals(List.of(FigureView.FLOW), FigureView.missingIn(List.of(FigureView.OUTPUT, FigureView.FLOW), oneNode));
        for (FigureView v : FigureView.values()) {
            assertEquals(v, FigureView.byId(v.id()));
            assertTrue(FigureView.names().contains(v.id()), FigureView.names());
        }
    }

    @Test
    void textIsCleanedToOneLineOfPlainText() {
        assertEquals("Make the loss fall", Figure.clean("  Make\tthe\n\nloss \u0000 fall \u2028", 100));
        assertEquals("<b>bold</b> & \"so\"", Figure.clean("<b>bold</b> & \"so\"", 100), "markup is kept as the text it is");
        assertEquals("a\ud83d\ude00b", Figure.clean("a\ud83d\ude00b", 100), "a character of two units is kept whole");
        assertEquals("ab", Figure.clean("a\ud83db\ude00", 100), "half of one alone is dropped");
        assertEquals("abc", Figure.clean("abcdef", 3));
        assertEquals("a", Figure.clean("a\ud83d\ude00", 2), "a cut never splits a pair");
        assertEquals("ab", Figure.clean("ab cd", 3), "nor leaves a space at the end");
        assertEquals("", Figure.clean(null, 3));
        assertEquals(Figure.MAX_TITLE, new Figure(null, null, "x".repeat(500), null).title().length());
    }

    /** Property: cleaning gives text that cleaning leaves alone, within the limit, without controls or lone halves. */
    @Test
    void cleanTextIsAFixedPointOverSeededRandomText() {
        Rng rng = new Rng(1612);
        char[] pool = {'a', ' ', '\t', '\n', '\u0000', '\u007f', '\u0085', '<', '&', '\u00e9', '\u4e2d', '\ud83d', '\ude00',
            '\u2029', '%', '#'};
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            int n = rng.nextInt(60);
            for (int k = 0; k < n; k++) {
                s.append(pool[rng.nextInt(pool.length)]);
            }
            int max = 1 + rng.nextInt(40);
            String once = Figure.clean(s.toString(), max);
            assertEquals(once, Figure.clean(once, max), "'" + s + "'");
            assertEquals(once, Figure.clean(once, Integer.MAX_VALUE));
            assertTrue(once.length() <= max);
            assertFalse(once.startsWith(" ") || once.endsWith(" ") || once.contains("  "), once);
            for (int k = 0; k < once.length(); k++) {
                char c = once.charAt(k);
                assertTrue(c >= ' ' && c != 0x7F && !(c >= 0x80 && c <= 0x9F), "control in '" + once + "'");
                if (Character.isHighSurrogate(c)) {
                    assertTrue(k + 1 < once.length() && Character.isLowSurrogate(once.charAt(++k)), once);
                } else {
                    assertFalse(Character.isLowSurrogate(c), once);
                }
            }
        }
    }
}
