package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.view.lab.NextCharacterBars;
import org.nnplayground.core.view.lab.NextCharacterBarsPainter;

/** The next-character bars: the likeliest first, named, their length the probability on a fixed 0-to-1 scale. */
class NextCharacterBarsPainterTest {
    private static final CharVocabulary VOCABULARY = CharVocabulary.of(" .abe");
    // symbols in order: ' ', '.', 'a', 'b', 'e'
    private static final double[] P = {0.2, 0.05, 0.1, 0.05, 0.6};

    @Test
    void theLikeliestComeFirstAndTiesKeepTheVocabularysOrder() {
        assertArrayEquals(new int[] {4, 0, 2, 1, 3}, NextCharacterBars.top(P, 10));
        assertArrayEquals(new int[] {4, 0}, NextCharacterBars.top(P, 2));
        assertEquals("space", NextCharacterBars.name(' '));
        assertEquals("new line", NextCharacterBars.name('\n'));
        assertEquals("e", NextCharacterBars.name('e'));
        assertEquals("Likeliest next characters after \u201Cthe\u201D: e 60.0 %, space 20.0 %, a 10.0 %.",
                NextCharacterBars.describe("the", P, VOCABULARY, 3));
    }

    @Test
    void eachBarIsItsProbabilityOfTheWholeTrackWithItsNameAndValue() {
        RecordingSurface s = new RecordingSurface(300, 240);
        new NextCharacterBarsPainter().paint(s, P, VOCABULARY, 3);
        List<String> texts = s.texts.stream().map(RecordingSurface.Text::text).collect(Collectors.toList());
        assertEquals(List.of("e", "60.0 %", "space", "20.0 %", "a", "10.0 %"), texts);
        List<RecordingSurface.Rect> tracks = s.rects.stream().filter(r -> r.colour() == Palette.LIGHT.inset()).collect(Collectors.toList());
        List<RecordingSurface.Rect> bars = s.rects.stream().filter(r -> r.colour() == Palette.LIGHT.trainLine()).collect(Collectors.toList());
        assertEquals(3, tracks.size());
        assertEquals(3, bars.size());
        double[] expected = {0.6, 0.2, 0.1};
        for (int r = 0; r < 3; r++) {
            assertEquals(expected[r], bars.get(r).w() / tracks.get(r).w(), 1e-12);
            assertEquals(tracks.get(r).x(), bars.get(r).x(), 0.0);
            assertTrue(tracks.get(r).x() + tracks.get(r).w() < 300, "inside the surface");
            assertEquals(NextCharacterBarsPainter.MAX_ROW * r, bars.get(r).y() - bars.get(0).y(), 1e-9, "rows of equal height");
        }
        assertTrue(s.texts.get(0).y() < s.texts.get(2).y(), "the likeliest on top");
    }

    @Test
    void rowsShrinkToFitALowSurfaceAndTheDarkPaletteIsUsed() {
        RecordingSurface s = new RecordingSurface(200, 50, Palette.DARK);
        new NextCharacterBarsPainter().paint(s, P, VOCABULARY, 5);
        long bars = s.rects.stream().filter(r -> r.colour() == Palette.DARK.trainLine()).count();
        assertEquals(5, bars);
        for (RecordingSurface.Rect r : s.rects) {
            assertTrue(r.y() >= 0 && r.y() + r.h() <= 50, "within the height: " + r);
        }
        assertTrue(s.texts.stream().allMatch(t -> t.colour() == Palette.DARK.text() || t.colour() == Palette.DARK.mutedText()));
    }
}
