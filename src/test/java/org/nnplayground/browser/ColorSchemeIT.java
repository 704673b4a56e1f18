package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.browser.PlaygroundPageObject.LOSS;
import static org.nnplayground.browser.PlaygroundPageObject.OUTPUT;
import static org.nnplayground.browser.PlaygroundPageObject.THUMBNAIL;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.view.Palette;

/**
 * The colour schemes as a reader sees them: the page, embed.html and {@code <nn-playground>} follow
 * the system's {@code prefers-color-scheme} (emulated), switch with it live, without a reload, and
 * a link's {@code theme=} or the element's {@code theme} attribute wins over it. What is checked is
 * what shows: the computed backgrounds, the canvases' own pixels (the discretized heatmap and its
 * legend are exactly the palette's two end colours) and, in a screenshot, the ground the transparent canvases
 * show through. Screenshots of both schemes are left in target/screenshots/ for a person to look at.
 */
class ColorSchemeIT extends PlaygroundTest {
    /** Opaque pixels of exactly colour {@code rgb} in the canvas matching {@code selector} (shadow roots pierced by id). */
    private static final String COUNT_COLOUR = "([sel, rgb]) => { const c = sel.startsWith('#')"
            + " ? document.querySelector(sel.split(' ')[0]).shadowRoot.querySelector(sel.split(' ').slice(1).join(' '))"
            + " : document.querySelector(sel);"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
            + " for (let i = 0; i < d.length; i += 4) { if (((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]) === rgb"
            + " && d[i + 3] === 255) n++; } return n; }";

    private static Path screenshotDir() {
        Path target = siteDir().getParent();
        return (target == null ? Path.of("target") : target).resolve("screenshots");
    }

    private int count(String selector, int argb) {
        return ((Number) page().evaluate(COUNT_COLOUR, List.of(selector, argb & 0xFFFFFF))).intValue();
    }

    /** The computed background of the first element matching {@code selector}, as 0xRRGGBB. */
    private int background(String selector) {
        String css = (String) page().evaluate("sel => getComputedStyle(document.querySelector(sel)).backgroundColor", selector);
        String[] parts = css.replaceAll("[^0-9,]", "").split(",");
        return (Integer.parseInt(parts[0]) << 16) | (Integer.parseInt(parts[1]) << 8) | Integer.parseInt(parts[2]);
    }

    /** The colour on screen at (x, y) CSS px inside {@code element}: canvas and what shows through it. */
    private static int seenAt(Locator element, int x, int y) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(element.screenshot()));
            return image.getRGB(x, y) & 0xFFFFFF;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertColour(int expected, int actual, String what) {
        int worst = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            worst = Math.max(worst, Math.abs(((expected >> shift) & 0xFF) - ((actual >> shift) & 0xFF)));
        }
        assertTrue(worst <= 2, String.format("%s: expected #%06X, saw #%06X", what, expected & 0xFFFFFF, actual));
    }

    /** The canvases of the page are painted in {@code p}: the heatmap's ends, the thumbnails' ground, the ground under the loss chart. */
    private void assertPaintedIn(Palette p, String where) {
        Palette other = p.dark() ? Palette.LIGHT : Palette.DARK;
        // Discretized, the legend's bar is two solid halves, the heatmap has one or both: exact palette colours.
        int ours = count(OUTPUT, p.positive());
        int theirs = count(OUTPUT, other.positive());
        assertTrue(ours > 200 && theirs == 0, where + ": the discretized heatmap's blue is " + p + "'s (" + ours
                + " px, " + theirs + " px of the other's)");
        assertTrue(count(OUTPUT, p.negative()) > 200, where + ": and its orange");
        assertTrue(count(THUMBNAIL, p.inset()) > 500 && count(THUMBNAIL, other.inset()) == 0,
                where + ": the data set thumbnails are drawn on " + p + "'s ground");
        assertColour(p.background(), seenAt(page().locator(LOSS), 2, 2), where + ", under the loss chart");
        assertColour(p.background(), background(".nnp-output"), where + ", the output panel");
    }

    private void assertScheme(String scheme) {
        assertThat(page().locator("html")).hasAttribute("data-theme", scheme);
        assertThat(page().locator(".nnp")).hasAttribute("data-theme", scheme);
        new PlaygroundPageObject(page()).settle();
    }

    @Test
    void theDarkSchemeFollowsTheSystemAndSwitchesLiveWithoutAReload() {
        useContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK).setViewportSize(1280, 900));
        PlaygroundPageObject p = openPaused("wasm");
        p.checkbox("Discretize output").check();
        p.stepEpochs(2);
        assertScheme("dark");
        assertPaintedIn(Palette.DARK, "dark system");
        int page = background("body");
        assertTrue(((page >> 16) & 0xFF) < 40 && ((page >> 8) & 0xFF) < 40 && (page & 0xFF) < 40,
                String.format("the page is dark: #%06X", page));
        page().screenshot(new Page.ScreenshotOptions().setPath(screenshotDir().resolve("scheme-dark-1280.png")).setFullPage(true));

        page().evaluate("() => { window.sameDocument = true; }");
        page().emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        assertScheme("light");
        assertPaintedIn(Palette.LIGHT, "switched to light");
        assertEquals(0xF7F7F5, background("body"), "the page's light ground");
        assertEquals(Boolean.TRUE, page().evaluate("() => window.sameDocument === true"), "no reload");
        assertThat(p.epochCounter()).hasText("Epoch 2");
        assertThat(p.checkbox("Discretize output")).isChecked();

        page().emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertScheme("dark");
        assertPaintedIn(Palette.DARK, "back to dark");
        assertThat(p.epochCounter()).hasText("Epoch 2");
    }

    /** The link's theme wins over the system's, both ways, in the JavaScript build too; without it the system's rules again. */
    @Test
    void aLinksThemeWinsOverTheSystemInBothBuilds() {
        for (String build : List.of("js", "wasm")) {
            useContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT));
            open("/?build=" + build + "#preset=xor&disc=1&theme=dark");
            PlaygroundPageObject p = new PlaygroundPageObject(page());
            p.pause();
            assertScheme("dark");
            assertPaintedIn(Palette.DARK, build + ", theme=dark on a light system");
            assertTrue(((String) callApi("pageLink", false)).contains("&theme=dark"), "the page's link keeps the theme");

            page().emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            page().evaluate("() => { location.hash = '#preset=xor&disc=1&theme=light'; }");
            assertScheme("light");
            p.pause();
            assertPaintedIn(Palette.LIGHT, build + ", theme=light on a dark system");
            page().evaluate("() => { location.hash = '#preset=xor&disc=1'; }");
            assertScheme("dark");
            p.pause();
            assertPaintedIn(Palette.DARK, build + ", no theme: the dark system's");
            assertTrue(!((String) callApi("pageLink", false)).contains("theme="), "a link that follows the system has no theme");
        }
    }

    /**
     * embed.html takes the theme from its link like the page; a {@code <nn-playground>} from its
     * attribute, also when the attribute changes later, and follows the system without one. The host
     * page's own colours are left alone.
     */
    @Test
    void embedsFollowTheSystemTheirLinkAndTheirThemeAttribute() {
        useContext(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT).setViewportSize(700, 900));
        open("/embed.html#preset=xor&theme=dark");
        assertScheme("dark");
        assertColour(Palette.DARK.background(), background("body"), "embed.html's ground");
        assertColour(Palette.DARK.background(), seenAt(page().locator(LOSS), 2, 2), "embed.html, under the loss chart");
        page().screenshot(new Page.ScreenshotOptions().setPath(screenshotDir().resolve("scheme-embed-dark-700.png")).setFullPage(true));

        navigate("/example-post.html");
        page().evaluate("() => { const e = document.createElement('nn-playground'); e.id = 'figure';"
                + " e.setAttribute('link', 'preset=xor&disc=1'); e.setAttribute('theme', 'dark'); document.body.prepend(e); }");
        Locator box = page().locator("#figure .nnp");
        assertThat(box).hasAttribute("data-theme", "dark");
        assertThat(page().locator("html")).not().hasAttribute("data-theme", "dark");
        page().waitForFunction("() => { const c = document.querySelector('#figure').shadowRoot.querySelector('.nnp-output-canvas');"
                + " return c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v > 0); }");
        assertTrue(count("#figure .nnp-output-canvas", Palette.DARK.positive()) > 200, "the figure's heatmap is dark's");
        assertColour(Palette.DARK.background(), seenAt(page().locator("#figure .nnp-loss-canvas"), 2, 2), "the figure's ground");
        page().locator("#figure").screenshot(new Locator.ScreenshotOptions().setPath(screenshotDir().resolve("scheme-element-dark.png")));

        page().evaluate("() => document.querySelector('#figure').setAttribute('theme', 'light')");
        assertThat(box).hasAttribute("data-theme", "light");
        page().waitForFunction("rgb => { const c = document.querySelector('#figure').shadowRoot.querySelector('.nnp-output-canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " for (let i = 0; i < d.length; i += 4) { if (((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]) === rgb) return true; }"
                + " return false; }", Palette.LIGHT.positive() & 0xFFFFFF);
        assertColour(Palette.LIGHT.background(), seenAt(page().locator("#figure .nnp-loss-canvas"), 2, 2), "light by attribute");

        page().evaluate("() => document.querySelector('#figure').removeAttribute('theme')");
        page().emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        assertThat(box).hasAttribute("data-theme", "dark");
        assertColour(Palette.DARK.background(), seenAt(page().locator("#figure .nnp-loss-canvas"), 2, 2),
                "without the attribute, the dark system's");
    }
}
