package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the palettes' scales give, that the light one kept its colours, and that the page's panel matches the grounds. */
class PaletteTest {
    @Test
    void ofPicksTheScheme() {
        assertSame(Palette.DARK, Palette.of(true));
        assertSame(Palette.LIGHT, Palette.of(false));
        assertTrue(Palette.DARK.dark());
        assertFalse(Palette.LIGHT.dark());
    }

    /** The light scheme is the playground's colours from before there were two: nothing changed for light pages. */
    @Test
    void theLightSchemeKeepsTheOriginalColours() {
        Palette p = Palette.LIGHT;
        assertEquals(0xFFF59322, p.negative());
        assertEquals(0xFFE8EAEB, p.neutral());
        assertEquals(0xFF0877BD, p.positive());
        assertEquals(0xFF222222, p.text());
        assertEquals(0xFF666666, p.mutedText());
        assertEquals(0xFFDDDDDD, p.grid());
        assertEquals(0xFF333333, p.trainLine());
        assertEquals(0xFF999999, p.testLine());
        assertEquals(0xFFFFFFFF, p.background());
        assertEquals(0xFFF4F4F2, p.inset());
        int[] classes = {0xFFF59322, 0xFF0877BD, 0xFF8C564B, 0xFF000000, 0xFF88CCEE, 0xFF332288, 0xFFEE3377, 0xFF44AA99};
        for (int k = 0; k < classes.length; k++) {
            assertEquals(classes[k], p.forClass(k, 8), "class " + k);
        }
        assertEquals(0xFFF7FBFF, p.sequential(0));
        assertEquals(0xFF08306B, p.sequential(1));
    }

    @Test
    void scalesClampAndShowNaNAsTheNeutral() {
        for (Palette p : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            assertEquals(p.negative(), p.diverging(-1));
            assertEquals(p.negative(), p.diverging(-7));
            assertEquals(p.positive(), p.diverging(1));
            assertEquals(p.positive(), p.diverging(Double.POSITIVE_INFINITY));
            assertEquals(p.neutral(), p.diverging(0));
            assertEquals(p.neutral(), p.diverging(Double.NaN));
            assertEquals(p.neutral(), p.sequential(Double.NaN));
            assertEquals(p.sequential(0), p.sequential(-3));
            assertEquals(p.sequential(1), p.sequential(9));
            assertEquals(Colors.lerp(p.neutral(), p.positive(), 0.5), p.diverging(0.5));
            assertEquals(p.negative(), p.forClass(0, 2), "two classes are the two ends");
            assertEquals(p.positive(), p.forClass(1, 2));
            assertEquals(p.forClass(0, 8), p.forClass(p.classColours(), 8), "colours repeat after the last");
        }
        assertNotEquals(Palette.LIGHT.background(), Palette.DARK.background());
    }

    /**
     * The canvases are transparent over the page's panels: the style sheet's --nnp-panel must be the
     * light and the dark palette's ground, else halos and read-out boxes would show as patches.
     */
    @Test
    void thePagesPanelIsThePalettesGround() throws IOException {
        String css = Files.readString(Path.of("web", "style.css"));
        Matcher m = Pattern.compile("--nnp-panel:\\s*light-dark\\(#([0-9a-fA-F]{6}),\\s*#([0-9a-fA-F]{6})\\)").matcher(css);
        assertTrue(m.find(), "style.css defines --nnp-panel as light-dark(light, dark)");
        assertEquals(Palette.LIGHT.background() & 0xFFFFFF, Integer.parseInt(m.group(1), 16));
        assertEquals(Palette.DARK.background() & 0xFFFFFF, Integer.parseInt(m.group(2), 16));
    }
}
