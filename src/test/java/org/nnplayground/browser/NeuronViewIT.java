package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.browser.PlaygroundPageObject.GRAPH;
import static org.nnplayground.browser.PlaygroundPageObject.LOSS;
import static org.nnplayground.browser.PlaygroundPageObject.OUTPUT;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A neuron hovered or focused in the network graph is shown in the big output view, as TensorFlow
 * Playground does, with a caption and a text alternative that name it; and the canvases' text
 * alternatives keep up with training. One page per build for all of it.
 */
class NeuronViewIT extends PlaygroundTest {
    private static final Pattern SHOWING = Pattern.compile("^Showing neuron [0-9]+ of layer [0-9]+$");

    private Locator caption() {
        return page().locator(".nnp-output-caption");
    }

    private String outputLabel() {
        return page().locator(OUTPUT).getAttribute("aria-label");
    }

    /** "Neuron 2 of layer 1: mean output 0.3" -> "Showing neuron 2 of layer 1". */
    private static String captionFor(String tooltip) {
        String name = tooltip.substring(0, tooltip.indexOf(':'));
        return "Showing " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void aHoveredOrFocusedNeuronIsShownInTheOutputAndTheTextsKeepUp(String build) {
        PlaygroundPageObject p = openPaused(build);
        p.stepEpochs(3);
        String network = p.pixelHash(OUTPUT);
        assertThat(caption()).isHidden();
        assertTrue(outputLabel().startsWith("Output of the network"), outputLabel());

        // The pointer on a hidden neuron: its output fills the view, and the caption names it.
        double[] at = p.findOnGraph("Neuron");
        assertNotNull(at, "a hidden neuron to hover");
        p.mouseTo(at);
        assertThat(p.tooltip()).hasText(Pattern.compile("^Neuron [0-9]+ of layer [0-9]+: mean output .*"));
        String expected = captionFor(p.tooltip().textContent());
        assertThat(caption()).isVisible();
        assertThat(caption()).hasText(expected);
        assertTrue(SHOWING.matcher(expected).matches(), expected);
        p.waitForRedraw(OUTPUT, network);
        String hovered = p.pixelHash(OUTPUT);
        assertThat(page().locator(OUTPUT)).hasAttribute("aria-label", Pattern.compile("^" + expected
                + " in place of the network's output: .*"));
        // The pointer leaves: the network's output again, as it was.
        page().mouse().move(1, 1);
        assertThat(caption()).isHidden();
        p.waitForRedraw(OUTPUT, hovered);
        assertEquals(network, p.pixelHash(OUTPUT), "back to the network's output");
        assertTrue(outputLabel().startsWith("Output of the network"), outputLabel());

        // The keyboard's focus mark does the same: the first input, then neuron 1 of layer 1; a bias shows the output.
        page().locator(GRAPH).focus();
        assertThat(caption()).hasText("Showing input x\u2081");
        p.waitForRedraw(OUTPUT, network);
        page().keyboard().press("ArrowRight");
        assertThat(caption()).hasText("Showing neuron 1 of layer 1");
        assertThat(page().locator(OUTPUT)).hasAttribute("aria-label", Pattern.compile("^Showing neuron 1 of layer 1 in place of .*"));
        p.settle();
        String focused = p.pixelHash(OUTPUT);
        assertNotEquals(network, focused);
        if (expected.equals("Showing neuron 1 of layer 1")) {
            assertEquals(hovered, focused, "the same neuron gives the same picture by pointer and by keyboard");
        }
        page().keyboard().press("ArrowDown"); // its bias
        assertThat(caption()).isHidden();
        p.settle();
        assertEquals(network, p.pixelHash(OUTPUT), "a bias under the mark: the network's output");
        page().keyboard().press("PageUp"); // back on the neuron
        assertThat(caption()).hasText("Showing neuron 1 of layer 1");
        page().locator("h1").click(); // the focus leaves the graph
        assertThat(caption()).isHidden();
        p.settle();
        assertEquals(network, p.pixelHash(OUTPUT), "focus gone: the network's output");
        // A click puts the focus mark on the neuron: it stays shown after the pointer leaves, until the focus does.
        p.clickAt(at);
        page().mouse().move(1, 1);
        assertThat(caption()).hasText(expected);
        p.settle();
        assertEquals(hovered, p.pixelHash(OUTPUT), "the clicked neuron's picture");
        page().locator("h1").click();
        assertThat(caption()).isHidden();

        // A curve: the neuron's curve in place of the network's, by pointer and by keyboard.
        p.choose("Problem", "Regression, 1-D (curve)");
        p.settle();
        String curve = p.pixelHash(OUTPUT);
        page().locator(GRAPH).focus();
        page().keyboard().press("Home");
        for (int i = 0; i < 4; i++) {
            page().keyboard().press("ArrowLeft");
        }
        page().keyboard().press("ArrowRight");
        assertThat(caption()).hasText("Showing neuron 1 of layer 1");
        p.waitForRedraw(OUTPUT, curve);
        assertThat(page().locator(OUTPUT)).hasAttribute("aria-label", Pattern.compile(
                "^Showing neuron 1 of layer 1 in place of the network's output: its output as a curve over x, .*"));
        page().locator("h1").click();
        assertThat(caption()).isHidden();
        p.settle();
        assertEquals(curve, p.pixelHash(OUTPUT));
        double[] onCurve = p.findOnGraph("Neuron");
        assertNotNull(onCurve, "a hidden neuron to hover on 1-D data");
        p.mouseTo(onCurve);
        assertThat(caption()).hasText(SHOWING);
        p.waitForRedraw(OUTPUT, curve);
        page().mouse().move(1, 1);
        assertThat(caption()).isHidden();

        // While training, the loss chart's text alternative names an epoch that keeps up with the
        // counter: once the counter has passed 40, the label names epoch 40 or later within 31 frames.
        p.play();
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) page().evaluate("async target => {"
                + " const epoch = () => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, ''));"
                + " const labelled = () => { const m = /at epoch ([0-9,]+)/.exec("
                + "   document.querySelector('" + LOSS + "').getAttribute('aria-label') || '');"
                + "   return m ? parseInt(m[1].replace(/,/g, '')) : 0; };"
                + " const frame = () => new Promise(r => requestAnimationFrame(r));"
                + " for (let i = 0; i < 20000 && epoch() < target; i++) { await frame(); }"
                + " const passed = epoch(); let frames = 0;"
                + " while (labelled() < passed && frames < 200) { await frame(); frames++; }"
                + " return [passed, labelled(), frames, epoch()]; }", 40);
        int passed = r.get(0).intValue();
        int labelled = r.get(1).intValue();
        int frames = r.get(2).intValue();
        assertTrue(passed >= 40, "trained: " + r);
        assertTrue(labelled >= passed && labelled <= r.get(3).intValue(), "the label names the epoch: " + r);
        assertTrue(frames <= 31, "within 31 frames of the counter passing " + passed + ": " + r);
    }
}
