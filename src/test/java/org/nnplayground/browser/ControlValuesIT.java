package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.train.LearningRates;

/**
 * Every control shows the value the state holds, whether or not it is one of the control's usual
 * entries, and every toggle on the page changes what is drawn at once, without a reload. One page
 * per build and test; links are opened by changing the hash.
 */
class ControlValuesIT extends PlaygroundTest {
    /** Values off every menu's list (and the run options a link carries). */
    private static final String OFF_LIST = "v=1&data=circle&n=15&noise=0.03&train=0.5&h=4,4&act=tanh,relu&out=tanh"
            + "&loss=mse&init=glorot&lr=0.05&batch=7&opt=momentum&reg=l2&rate=0.02&disc=1&test=1&log=1&stop=0"
            + "&stoploss=0.012345&speed=7";
    /** Values on the lists. */
    private static final String ON_LIST = "v=1&data=xor&n=300&noise=0.5&train=0.8&h=3&act=sigmoid&out=sigmoid&loss=bce"
            + "&init=uniform&lr=0.3&batch=30&opt=adam&reg=l1&rate=0.001&disc=0&test=0&log=0&stop=40&stoploss=0&speed=20";

    /** Opens {@code fragment} by changing the hash, waits until the page holds its state, and pauses. */
    private void openHash(PlaygroundPageObject p, String fragment) {
        openHashPlaying(fragment);
        p.pause();
    }

    /**
     * Opens {@code fragment} and waits until the page's own link shows its state (the setup, up to the
     * view and run options, so that the wait itself does not hang on how those are written).
     */
    private void openHashPlaying(String fragment) {
        page().evaluate("() => window.nnPlaygroundReady.then(r => { window.__api = r.api; })");
        page().evaluate("f => { location.hash = f; }", "#" + fragment);
        String expected = LinkCodec.encode(LinkCodec.decode(fragment).link());
        page().waitForFunction("setup => window.__api.pageLink(false).startsWith(setup)",
                expected.substring(0, expected.indexOf("&disc=")));
    }

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    /** Each control against the state the link decodes to on the JVM (menus of numbers: their expected text). */
    private void assertControlsShow(PlaygroundPageObject p, String fragment, String lr, String batch, String rate,
                                    String speed, String points, String noise, String stopEpoch, String stopLoss) {
        LinkState link = LinkCodec.decode(fragment).link();
        PlaygroundState s = link.state();
        assertEquals(lr, p.chosen("Learning rate"), fragment);
        assertEquals(batch, p.chosen("Batch size"), fragment);
        assertEquals(rate, p.chosen("Regularization rate"), fragment);
        assertEquals(speed, p.chosen("Speed"), fragment);
        assertEquals(s.training().optimizer().label(), p.chosen("Optimizer"));
        assertEquals(s.training().regularization().label(), p.chosen("Regularization"));
        assertEquals(s.init().label(), p.chosen("Initialisation"));
        assertEquals(s.outputActivation().label(), p.chosen("Output activation"));
        assertEquals(s.training().loss().label(), p.chosen("Loss"));
        assertEquals("Classification (2 classes)", p.chosen("Problem"));
        for (int i = 0; i < s.hiddenSizes().size(); i++) {
            assertEquals(s.hiddenActivations().get(i).label(), PlaygroundPageObject.chosen(p.layerActivation(i + 1)));
            assertThat(p.neuronCount(i + 1)).hasText(s.hiddenSizes().get(i) + " neurons");
        }
        assertThat(p.slider("Points")).hasAttribute("aria-valuetext", points);
        assertThat(p.slider("Noise")).hasAttribute("aria-valuetext", noise);
        assertThat(p.field("Stop at epoch")).hasValue(stopEpoch);
        assertThat(p.field("Stop at loss")).hasValue(stopLoss);
        assertChecked(p.checkbox("Discretize output"), link.discretize());
        assertChecked(p.checkbox("Show test data"), link.showTest());
        assertChecked(p.checkbox("Log scale"), link.logScale());
        assertChecked(p.checkbox("Skip connections"), s.skip());
        // And the page holds the state the controls show: its link says the same.
        String own = (String) callApi("pageLink", false);
        assertEquals(LinkCodec.encode(link), own);
    }

    private static void assertChecked(Locator box, boolean on) {
        if (on) {
            assertThat(box).isChecked();
        } else {
            assertThat(box).not().isChecked();
        }
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void everyControlShowsTheValueTheStateHolds(String build) {
        PlaygroundPageObject p = openPlayground(build);
        openHash(p, OFF_LIST);
        assertControlsShow(p, OFF_LIST, "0.05", "7", "0.02", "7 epochs / frame", "15", "3 %", "", "0.012345");
        assertTrue(p.options("Learning rate").contains("0.03"), "the usual entries stay: " + p.options("Learning rate"));
        assertEquals(1, p.options("Batch size").stream().filter("7"::equals).count(), "one entry for 7");

        openHash(p, ON_LIST);
        assertControlsShow(p, ON_LIST, "0.3", "30", "0.001", "20 epochs / frame", "300", "50 %", "40", "");
        assertEquals(LearningRates.ladder().length, p.options("Learning rate").size(), "no extra entry for a value on the list");

        // A preset whose learning rate is off the list: the menu says so (it used to say 1e-5).
        assertEquals(0.02, LinkCodec.decode("preset=polynomial").link().state().training().learningRate());
        openHash(p, "preset=polynomial");
        assertEquals("0.02", p.chosen("Learning rate"));

        // Choosing from a menu that holds an extra entry still sets the chosen value.
        openHash(p, OFF_LIST);
        key("lr").selectOption("0.1");
        page().waitForFunction("() => location.hash.includes('lr=0.1&')");
        assertEquals("0.1", p.chosen("Learning rate"));
        assertTrue(!p.options("Learning rate").contains("0.05"), "the extra entry goes with the value it showed");
    }

    /** Hashes of the three views, to tell which of them a toggle redrew. */
    private List<String> hashes(PlaygroundPageObject p) {
        p.settle();
        return List.of(p.pixelHash(PlaygroundPageObject.OUTPUT), p.pixelHash(PlaygroundPageObject.LOSS),
                p.pixelHash(PlaygroundPageObject.GRAPH));
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void everyToggleTakesEffectAtOnceWithoutAReload(String build) {
        String link = "v=1&data=circle&h=4,4&act=tanh,tanh&stop=20&speed=1&test=0";
        PlaygroundPageObject p = openPlayground(build);
        page().mouse().move(0, 0);
        openHashPlaying(link);
        p.waitUntilPaused();
        assertThat(p.epochCounter()).hasText("Epoch 20");
        Locator loss = page().locator(PlaygroundPageObject.LOSS);
        assertThat(loss).hasAttribute("data-series", "train test");
        String lossWithoutTestPoints = hashes(p).get(1);

        @SuppressWarnings("unchecked")
        List<String> keys = (List<String>) page().evaluate(
                "() => [...document.querySelectorAll('.nnp input[type=checkbox]')].map(c => c.dataset.key)");
        assertTrue(keys.containsAll(List.of("discretize", "show-test", "log-scale", "skip", "feature-x1", "feature-x2")),
                keys.toString());
        // Views first: the structure toggles start the network again at epoch 0.
        List<String> ordered = new ArrayList<>();
        for (String k : keys) {
            if (!k.equals("skip") && !k.startsWith("feature-")) {
                ordered.add(k);
            }
        }
        for (String k : keys) {
            if (!ordered.contains(k)) {
                ordered.add(k);
            }
        }
        for (String k : ordered) {
            int view = k.equals("log-scale") ? 1 : k.equals("skip") || k.startsWith("feature-") ? 2 : 0;
            List<String> before = hashes(p);
            key(k).click();
            List<String> after = hashes(p);
            assertNotEquals(before.get(view), after.get(view), k + " changes its view at once");
            if (k.equals("show-test")) {
                assertEquals(before.get(1), after.get(1), "the loss chart draws the test loss whatever the output shows");
                assertThat(loss).hasAttribute("data-series", "train test");
            }
            key(k).click();
            assertNotEquals(after.get(view), hashes(p).get(view), k + " changes its view back at once");
        }

        // The same run with the test points shown: the same loss chart, test loss included.
        openHashPlaying(link.replace("test=0", "test=1"));
        assertThat(p.checkbox("Show test data")).isChecked();
        p.waitUntilPaused();
        assertThat(p.epochCounter()).hasText("Epoch 20");
        assertEquals(lossWithoutTestPoints, hashes(p).get(1), "Show test data does not change the loss chart");
    }
}
