package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Media;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;

/**
 * Playgrounds as figures in a post: how tall they are in a 720 px column and at a phone's width, that
 * the page scrolls over them, what they show without script and in print, the author's title and
 * caption as text, the views by attribute and by link, and the link that opens the figure's state
 * in the whole playground. One host page per test, both builds across the tests.
 */
class FigureIT extends BrowserTest {
    /** The title an author gives; it holds markup, which must stay text. */
    private static final String TITLE = "<b>XOR</b> & \"friends\"";

    /** A post of someone else's with a column of {@code column} px and four figures, then more prose to scroll. */
    private static String hostPage(int column) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>post</title>"
                + "<script src=\"nn-playground.js\" defer></script></head>"
                + "<body style=\"margin:0;font-family:Georgia,serif\"><article id=\"col\" style=\"width:" + column
                + "px;margin:0 auto\"><h1>A post</h1>"
                + "<nn-playground id=\"plain\" preset=\"xor\" title=\"" + TITLE.replace("&", "&amp;").replace("\"", "&quot;")
                + "\" caption=\"A caption &lt;i&gt;in words&lt;/i&gt;.\" autoplay></nn-playground>"
                + "<p style=\"height:200px\">Prose.</p>"
                + "<nn-playground id=\"lesson\" preset=\"one-node\" views=\"output,loss,landscape\" autoplay></nn-playground>"
                + "<nn-playground id=\"compare\" preset=\"learning-rate\" views=\"compare,first-steps\" autoplay></nn-playground>"
                + "<nn-playground id=\"ordered\" link=\"preset=one-node&amp;views=graph\" views=\"landscape, bogus,output\">"
                + "</nn-playground>"
                + "<p style=\"height:3000px\">More prose.</p><nn-playground id=\"far\" preset=\"spiral\"></nn-playground>"
                + "</article></body></html>";
    }

    private void openHost(int column, String build) {
        page().route("**/figure-host.html*", route -> route.fulfill(new Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody(hostPage(column))));
        navigate("/figure-host.html?build=" + build);
    }

    /** Scrolls figure {@code id} into view and waits until it has drawn its views. */
    private Locator started(String id) {
        page().evaluate("id => document.getElementById(id).scrollIntoView()", id);
        page().waitForFunction("id => { const r = document.getElementById(id).shadowRoot;"
                + " return r && r.querySelector('.nnp-fig .nnp-fig-cell') && r.querySelector('.nnp-epoch'); }", id);
        return page().locator("#" + id);
    }

    private double height(String id) {
        return ((Number) page().evaluate("id => document.getElementById(id).getBoundingClientRect().height", id)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> cells(String id) {
        return (List<String>) page().evaluate("id => [...document.getElementById(id).shadowRoot"
                + ".querySelectorAll('.nnp-fig-cell')].map(c => c.dataset.view)", id);
    }

    /**
     * In a 720 px column each kind of figure is at most 540 px tall, its views side by side; at 360 px
     * they stack, each as wide as the column, nothing wider than it and the words at least 12 px.
     */
    @Test
    void figuresAreShortInAColumnAndStackLegiblyOnAPhone() {
        page().setViewportSize(1000, 800);
        openHost(720, "wasm");
        for (String id : List.of("plain", "lesson", "compare")) {
            started(id);
        }
        page().waitForTimeout(300); // the last resize settles its canvases
        for (String id : List.of("plain", "lesson", "compare")) {
            double h = height(id);
            System.out.println("FigureIT: " + id + " at a 720 px column: " + Math.round(h) + " px tall");
            assertTrue(h <= 540, id + " is " + h + " px tall at 720 px");
            assertEquals(1, ((Number) page().evaluate("id => new Set([...document.getElementById(id).shadowRoot"
                    + ".querySelectorAll('.nnp-fig-cell')].map(c => Math.round(c.getBoundingClientRect().top))).size", id))
                    .intValue(), id + ": its views stand in one row");
        }
        assertEquals(List.of("graph", "output", "loss"), cells("plain"), "no views named: graph, output and loss");
        assertEquals(List.of("output", "loss", "landscape"), cells("lesson"));
        assertEquals(List.of("compare", "first-steps"), cells("compare"));

        page().setViewportSize(360, 800);
        page().evaluate("() => { document.getElementById('col').style.width = '340px'; }");
        page().waitForTimeout(300);
        for (String id : List.of("plain", "lesson", "compare")) {
            System.out.println("FigureIT: " + id + " at a 340 px column: " + Math.round(height(id)) + " px tall");
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) page().evaluate("id => { const r = document.getElementById(id).shadowRoot;"
                    + " const fig = r.querySelector('.nnp-fig'); const cells = [...r.querySelectorAll('.nnp-fig-cell')];"
                    + " const texts = [...r.querySelectorAll('.nnp-fig-text, .nnp-fig-label, .nnp-epoch, .nnp-fig-open')];"
                    + " return { lefts: new Set(cells.map(c => Math.round(c.getBoundingClientRect().left))).size,"
                    + "  narrowest: Math.min(...cells.map(c => c.getBoundingClientRect().width)),"
                    + "  inner: fig.clientWidth, overflow: fig.scrollWidth - fig.clientWidth,"
                    + "  smallestFont: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize))) }; }", id);
            assertEquals(1, ((Number) m.get("lefts")).intValue(), id + ": stacked " + m);
            assertTrue(((Number) m.get("narrowest")).doubleValue() >= ((Number) m.get("inner")).doubleValue() - 30,
                    id + ": each view takes the column " + m);
            assertTrue(((Number) m.get("overflow")).doubleValue() <= 0, id + ": nothing sticks out " + m);
            assertTrue(((Number) m.get("smallestFont")).doubleValue() >= 12, id + ": legible words " + m);
        }
        // The output plot stays a plot: at least 250 px wide and not squashed.
        Map<?, ?> plot = (Map<?, ?>) page().evaluate("() => { const b = document.getElementById('plain').shadowRoot"
                + ".querySelector('.nnp-output-canvas').getBoundingClientRect(); return { w: b.width, h: b.height }; }");
        assertTrue(((Number) plot.get("w")).doubleValue() >= 250 && ((Number) plot.get("h")).doubleValue() >= 200, plot.toString());
    }

    /**
     * The author's words are text, not markup, in the figure and on the whole playground its link
     * opens; the figure inherits the post's font; the wheel and a finger scroll the post over it.
     */
    @Test
    void titleAndCaptionAreTextTheFontIsThePostsAndThePageScrollsOverTheFigure() {
        useContext(new Browser.NewContextOptions().setViewportSize(1000, 700).setHasTouch(true));
        openHost(720, "js");
        Locator plain = started("plain");
        assertThat(plain.locator(".nnp-fig-title")).hasText(TITLE);
        assertThat(plain.locator(".nnp-fig-text")).hasText("A caption <i>in words</i>.");
        assertEquals(0, plain.locator(".nnp-fig-title b, .nnp-fig-caption i").count(), "no element made from the words");
        assertEquals(null, page().evaluate("() => document.getElementById('plain').getAttribute('title')"),
                "the host's title attribute is taken off, so it is no tooltip over the whole figure");
        assertTrue(((String) page().evaluate("() => getComputedStyle(document.getElementById('plain').shadowRoot"
                + ".querySelector('.nnp-fig-text')).fontFamily")).contains("Georgia"), "the post's font");

        // The wheel over the output plot scrolls the post, as does a finger's swipe; the figure keeps its place in it.
        page().evaluate("() => window.scrollTo(0, 0)");
        Locator output = plain.locator(".nnp-output-canvas");
        output.scrollIntoViewIfNeeded();
        double before = ((Number) page().evaluate("() => window.scrollY")).doubleValue();
        com.microsoft.playwright.options.BoundingBox box = output.boundingBox();
        page().mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        page().mouse().wheel(0, 400);
        page().waitForFunction("y => window.scrollY >= y + 300", before);
        double afterWheel = ((Number) page().evaluate("() => window.scrollY")).doubleValue();
        // A finger: headless Chromium's synthetic touch gestures scroll no page at all, so what is checked is
        // that nothing in the figure takes vertical panning from the browser (touch-action) or a whole
        // view's worth of room to scroll inside (an inner scroller would catch the swipe first).
        assertEquals(List.of(), page().evaluate("() => [...document.getElementById('plain').shadowRoot.querySelectorAll('*')]"
                + ".filter(e => { const s = getComputedStyle(e); const t = s.touchAction;"
                + " const panY = t === 'auto' || t === 'manipulation' || t.includes('pan-y');"
                + " const scrollsY = (s.overflowY === 'auto' || s.overflowY === 'scroll') && e.scrollHeight > e.clientHeight;"
                + " return !panY || scrollsY; }).map(e => e.className)"));
        assertTrue(afterWheel > before, "the wheel scrolled the post");

        // The link opens the whole playground with the same state and the words as a task.
        String href = plain.locator("[data-key='open-playground']").getAttribute("href");
        assertTrue(href.contains("/index.html#"), href);
        LinkState opened = LinkCodec.decode(href.substring(href.indexOf('#') + 1)).link();
        assertEquals("xor", opened.preset());
        assertEquals(new Figure(Figure.Layout.AUTO, List.of(), TITLE, "A caption <i>in words</i>."), opened.figure());
        assertEquals("_blank", plain.locator("[data-key='open-playground']").getAttribute("target"), "out of the post");
        navigate(href.substring(href.indexOf("index.html")) .replace("index.html", "index.html?build=js"));
        awaitReady();
        assertThat(page().locator(".nnp-task-title")).hasText(TITLE);
        assertThat(page().locator(".nnp-task-caption")).hasText("A caption <i>in words</i>.");
        assertEquals(0, page().locator(".nnp-task b, .nnp-task i").count());
        assertEquals(0, page().locator(".nnp-fig").count(), "its own page shows the whole playground");
        assertThat(page().locator(".nnp-data")).isVisible();
    }

    /**
     * Views by attribute (in their order, an unknown name said) and by link, in embed.html; the
     * layout changes with the link, both ways; the page's own form sets the views that "Copy embed
     * code" then carries, in the compact form.
     */
    @Test
    void viewsComeFromTheAttributeAndTheLinkAndTheEmbedCodeCarriesThem() {
        useContext(new Browser.NewContextOptions().setPermissions(List.of("clipboard-read", "clipboard-write")));
        openHost(720, "wasm");
        Locator ordered = started("ordered");
        assertEquals(List.of("landscape", "output"), cells("ordered"), "the attribute's views, in its order, over the link's");
        assertThat(ordered.locator(".nnp-notice")).containsText("Ignored the view 'bogus': there is no such view; the views are"
                + " graph, output, loss, landscape");
        assertEquals(1, ordered.locator(".nnp-landscape canvas").count());

        open("/embed.html?build=wasm#preset=one-node&views=inspector,loss");
        assertThat(page().locator(".nnp-fig")).isVisible();
        assertEquals(List.of("inspector", "loss"), page().evaluate("() => [...document.querySelectorAll('.nnp-fig-cell')]"
                + ".map(c => c.dataset.view)"));
        assertThat(page().locator(".nnp-fig-inspector .nnp-inspector-text")).containsText("w");
        assertTrue(page().locator(".nnp-settings").isHidden(), "a slim bar: no training settings");
        page().evaluate("() => { location.hash = 'preset=xor&layout=full'; }");
        assertThat(page().locator(".nnp-data")).isVisible();
        assertEquals(0, page().locator(".nnp-fig").count());
        assertThat(page().locator(".nnp-network .nnp-graph-canvas")).isVisible();
        page().evaluate("() => { location.hash = 'preset=xor&views=loss'; }");
        assertThat(page().locator(".nnp-fig-loss .nnp-loss-canvas")).isVisible();
        assertEquals(1, page().locator(".nnp-fig-cell").count());
        assertTrue(page().locator(".nnp-data").isHidden());

        // On the playground itself the author picks the views, in order, and copies the embed code.
        open("/?build=wasm#preset=one-node");
        page().locator("[data-key='figure-views']").fill("landscape,output");
        page().locator("[data-key='figure-views']").press("Enter");
        page().locator("[data-key='figure-title']").fill("One node");
        page().locator("[data-key='figure-title']").press("Enter");
        page().waitForFunction("() => location.hash.includes('views=landscape,output') && location.hash.includes('title=One')");
        page().locator("[data-key='copy-embed']").click();
        page().waitForFunction("() => navigator.clipboard.readText().then(t => t.includes('<nn-playground'))");
        String code = (String) page().evaluate("() => navigator.clipboard.readText()");
        assertTrue(code.contains(" views=\"landscape,output\" title=\"One node\" autoplay>"), code);
        assertFalse(code.contains("layout"), "the compact form: " + code);
        assertTrue(code.contains(">Interactive figure: One node. Open it in the playground.</a>"), code);
        assertThat(page().locator(".nnp-task-title")).hasText("One node");
        List<FigureView> chosen = LinkCodec.decode((String) page().evaluate("() => location.hash")).link().figure().views();
        assertEquals(List.of(FigureView.LANDSCAPE, FigureView.OUTPUT), chosen);
    }

    /**
     * Without script the post's figures show their words and links, and embed.html says what it is;
     * printed, a figure shows its pictures and words without buttons, and one that never started its
     * placeholder with the link.
     */
    @Test
    void withoutScriptAFigureSaysWhatItIsAndPrintedItShowsThePicture() {
        useContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        navigate("/example-post.html");
        Locator figures = page().locator("nn-playground");
        assertEquals(4, figures.count());
        for (int i = 0; i < figures.count(); i++) {
            Locator link = figures.nth(i).locator("a");
            assertThat(link).isVisible();
            assertThat(link).containsText("Open it in the playground");
            assertTrue(link.getAttribute("href").startsWith("index.html#preset="), link.getAttribute("href"));
        }
        navigate("/embed.html#preset=xor");
        assertThat(page().locator(".nnp-loading")).containsText("needs JavaScript");
        assertThat(page().locator(".nnp-loading a")).hasAttribute("href", "index.html");

        useContext(new Browser.NewContextOptions());
        page().setViewportSize(1000, 700);
        openHost(720, "js");
        Locator plain = started("plain");
        assertThat(plain.locator(".nnp-fig-placeholder, .nnp-placeholder")).hasCount(0);
        assertThat(page().locator("#far .nnp-placeholder")).containsText("It starts when you scroll to it.");
        page().emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertTrue(plain.locator("[data-key='play']").isHidden(), "no buttons on paper");
        assertThat(plain.locator(".nnp-output-canvas")).isVisible();
        assertThat(plain.locator(".nnp-fig-text")).isVisible();
        assertThat(plain.locator(".nnp-fig-open")).isVisible();
        assertThat(page().locator("#far .nnp-placeholder a")).isVisible();
    }
}
