package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.train.Trainer;

/**
 * Drawing points on the output view: clicks add points of the chosen class, the eraser removes
 * them, the keyboard draws too, training goes on while drawing, and the link replays the drawing's
 * run bit for bit in both builds; a drawing too big for a link says so and stays in the page.
 */
class DrawPointsIT extends PlaygroundTest {
    private int loads;

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private String hash() {
        return ((String) page().evaluate("() => location.hash")).substring(1);
    }

    private static String jvmFingerprint(String fragment, int epochs) {
        Trainer t = LinkCodec.decode(fragment).link().state().newTrainer();
        t.trainEpochs(epochs);
        return t.network().fingerprint().hex();
    }

    /** Clicks the output view's plot at fractions (fx, fy) of its width and height, from its top left corner. */
    private void clickOutput(double fx, double fy) {
        Locator canvas = page().locator(".nnp-output-canvas");
        page().waitForFunction("() => !!document.querySelector('.nnp-output-canvas').getAttribute('data-plot')");
        String[] plot = canvas.getAttribute("data-plot").split(",");
        double left = Double.parseDouble(plot[0]);
        double top = Double.parseDouble(plot[1]);
        canvas.click(new Locator.ClickOptions().setPosition(left + Double.parseDouble(plot[2]) * fx,
                top + Double.parseDouble(plot[3]) * fy));
    }

    @Test
    void clickedPointsTrainAndTheirLinkReplaysInBothBuilds() {
        PlaygroundPageObject p = openPaused("wasm");
        key("dataset-own").click();
        key("draw-start").click();
        assertThat(key("draw-count")).hasText("Click or tap the view to add points.");
        assertThat(p.dataCounts()).hasText("0 training, 0 test points");
        assertTrue(hash().contains("data=dclasses&pts=c&"), hash());

        // Class 1 on the left, class 2 on the right.
        for (int i = 0; i < 6; i++) {
            clickOutput(0.2 + 0.03 * i, 0.2 + 0.1 * i);
        }
        key("draw-class-2").click();
        assertThat(key("draw-class-2")).hasAttribute("aria-pressed", "true");
        for (int i = 0; i < 6; i++) {
            clickOutput(0.7 + 0.03 * i, 0.2 + 0.1 * i);
        }
        assertThat(key("draw-count")).hasText("12 points drawn.");
        assertThat(key("draw-status")).containsText(", class 2; 12 points.");
        assertTrue(hash().matches(".*&pts=c[A-Za-z0-9_-]{60}&.*"), hash());

        // The eraser takes the point under the pointer; a click where there is none erases nothing.
        key("draw-erase").click();
        clickOutput(0.7, 0.2);
        assertThat(key("draw-count")).hasText("11 points drawn.");
        clickOutput(0.45, 0.9);
        assertThat(key("draw-status")).hasText("No point near enough to erase.");
        assertThat(key("draw-count")).hasText("11 points drawn.");

        // The keyboard: focus the view, choose class 1, move the cursor and draw.
        key("draw-area").focus();
        page().keyboard().press("1");
        assertThat(key("draw-class-1")).hasAttribute("aria-pressed", "true");
        page().keyboard().press("ArrowRight");
        page().keyboard().press("Shift+ArrowDown");
        assertThat(key("draw-status")).hasText("Cursor at x1 0.30, x2 -1.50.");
        page().keyboard().press("Enter");
        assertThat(key("draw-status")).hasText("Added a point at x1 0.30, x2 -1.50, class 1; 12 points.");
        assertThat(p.epochCounter()).hasText("Epoch 0"); // the page's Space and arrow shortcuts stayed out
        page().keyboard().press("Delete");
        assertThat(key("draw-status")).hasText("Erased a point; 11 points.");
        page().keyboard().press("Enter");
        assertThat(key("draw-count")).hasText("12 points drawn.");

        AxeResults axe = new AxeBuilder(page()).analyze();
        List<String> serious = new ArrayList<>();
        for (Rule rule : axe.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().get(0).getTarget());
            }
        }
        assertEquals(List.of(), serious, "axe on the drawing area and its tools");
        assertThat(key("draw-class-3")).hasCount(0); // two classes: two buttons

        // Training goes on while drawing: a new point keeps the epoch.
        p.playButton().click();
        p.waitForEpoch(20);
        int before = p.epoch();
        clickOutput(0.5, 0.5);
        assertThat(key("draw-count")).hasText("13 points drawn.");
        assertTrue(p.playing(), "still training");
        assertTrue(p.epoch() >= before, "the epoch went on from " + before + ": " + p.epoch());
        p.pause();
        assertThat(page().locator(".nnp-metrics")).containsText("% right");

        String link = hash().replace("&stop=0", "&stop=30");
        String expected = jvmFingerprint(link, 30);
        for (String build : new String[] {"js", "wasm"}) {
            open("/?build=" + build + "&load=" + (++loads) + "#" + link);
            PlaygroundPageObject again = new PlaygroundPageObject(page());
            again.waitForEpoch(30);
            page().waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
            assertEquals(expected, callApi("pageFingerprint"), "the " + build + " build replays the drawing's run");
            assertThat(key("draw-count")).hasText("13 points drawn.");
            assertThat(key("dataset-own")).hasAttribute("aria-pressed", "true");
        }

        // A curve: where the click is gives the point's y.
        p.choose("Problem", "Regression, 1-D (curve)");
        key("dataset-own").click();
        key("draw-start").click();
        assertThat(key("draw-class-1")).hasCount(0);
        clickOutput(0.5, 0.3);
        assertThat(key("draw-status")).containsText("Added a point at x ");
        assertTrue(hash().contains("data=dcurve&pts=y"), hash());
    }

    @Test
    void aDrawingTooBigForALinkSaysSoAndStaysInThePage() {
        Rng rng = new Rng(8);
        DrawnPoints points = DrawnPoints.empty(ProblemType.CLASSIFICATION);
        for (int i = 0; i < DrawnPoints.MAX_IN_LINK; i++) {
            double a = rng.uniform(-5, 5);
            double b = rng.uniform(-5, 5);
            points = points.with(a, b, a * b > 0 ? 1 : 0);
        }
        PlaygroundState base = Presets.defaultPreset().state();
        String full = LinkCodec.encode(LinkState.of(StateEdits.withData(base, base.data().withDrawn(points))));
        open("/?build=js#" + full);
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        p.pause();
        assertThat(key("draw-count")).hasText("400 points drawn.");
        assertThat(key("draw-note")).hasCount(0);
        assertTrue(hash().contains("&pts=c"), "400 points fit");

        clickOutput(0.4, 0.4);
        assertThat(key("draw-count")).hasText("401 points drawn.");
        assertThat(key("draw-note")).hasText("401 points are too many for a link (at most 400): the link leaves them out,"
                + " so they stay in this page only. Erase some to share them by link.");
        assertTrue(hash().contains("data=dclasses&n="), "no points in the link: " + hash());
        assertThat(p.dataCounts()).containsText("test points");

        open("/?build=js&load=2#" + hash());
        assertThat(new PlaygroundPageObject(page()).notice()).containsText("a drawing of more than 400 points stays in"
                + " the page that drew it");
        assertThat(key("draw-count")).hasText("Click or tap the view to add points.");
    }
}
