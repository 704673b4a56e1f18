package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each of the article's lessons, opened by its link, shows its outcome on the page. */
class LessonsIT extends BrowserTest {
    private int loads;

    private PlaygroundPageObject openPreset(String id) {
        open("/?load=" + (++loads) + "#preset=" + id);
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        assertThat(page().locator(".nnp-lesson h2")).isVisible();
        return p;
    }

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private double[] formulaWeights() {
        String text = page().locator(".nnp-formula").textContent();
        Matcher m = Pattern.compile("= (-?[0-9.e-]+) x ([+-]) ([0-9.e-]+)$").matcher(text);
        assertTrue(m.find(), text);
        double b = Double.parseDouble(m.group(3));
        return new double[] {Double.parseDouble(m.group(1)), m.group(2).equals("-") ? -b : b};
    }

    private boolean landscapeAndInspectorShown() {
        return page().locator(".nnp-landscape canvas").isVisible() && page().locator(".nnp-inspector-text").isVisible();
    }

    @Test
    void oneNodeReachesWeightOneAndBiasZero() {
        PlaygroundPageObject p = openPreset("one-node");
        assertTrue(landscapeAndInspectorShown());
        p.waitForEpoch(300);
        p.pause();
        double[] wb = formulaWeights();
        assertEquals(1.0, wb[0], 0.01, "w");
        assertEquals(0.0, wb[1], 0.01, "b");
        assertTrue(p.distinctColours(".nnp-landscape canvas") > 20, "the loss landscape is drawn");
        assertThat(page().locator(".nnp-inspector-text")).containsText("dL/dw = 2 (out - y) x = ");
    }

    @Test
    void theArticlesLoopDivergesAndEachFixConverges() {
        openPreset("article");
        assertThat(page().locator(".nnp-alert")).containsText("Training diverged");
        assertThat(page().locator(".nnp-alert")).containsText("scale the inputs");
        for (int i = 0; i < 3; i++) {
            openPreset("article");
            assertThat(page().locator(".nnp-alert")).isVisible();
            key("fix-" + i).click();
            PlaygroundPageObject p = new PlaygroundPageObject(page());
            p.waitForEpoch(100);
            assertThat(page().locator(".nnp-alert")).isHidden();
            assertTrue(p.trainingLoss() < 1.0, "fix " + i + " converges: loss " + p.trainingLoss());
        }
    }

    @Test
    void theCollapseMeterShowsOneNodeUntilALayerBends() {
        openPreset("collapse");
        assertThat(page().locator(".nnp-collapse")).containsText("the whole network is one node: y = ");
        key("activation-1").selectOption("relu");
        assertThat(page().locator(".nnp-collapse")).containsText("no longer one node");
    }

    @Test
    void activationsAndLearningRatesAreCompared() {
        PlaygroundPageObject p = openPreset("activations");
        p.waitForEpoch(20);
        assertTrue(p.distinctColours(".nnp-compare canvas") > 5, "the comparison chart is drawn");
        openPreset("learning-rate");
        new PlaygroundPageObject(page()).waitForEpoch(20);
        assertTrue(p.distinctColours(".nnp-compare canvas") > 5);
        assertTrue(p.distinctColours(".nnp-landscape canvas") > 20);
    }

    @Test
    void xorNeedsAHiddenLayer() {
        PlaygroundPageObject flat = openPreset("xor-linear");
        flat.waitForEpoch(100);
        assertTrue(accuracy() < 80, "without a hidden layer: " + accuracy());
        PlaygroundPageObject hidden = openPreset("xor");
        hidden.waitForEpoch(100);
        assertTrue(accuracy() >= 95, "with one: " + accuracy());
    }

    @Test
    void softmaxReachesNinetyFivePercentOnTheThreeArmSpiral() {
        // Adam's accuracy wobbles from epoch to epoch: the link stops at epoch 300, so the figure read is
        // that of one fixed, replayable state.
        open("/?load=" + (++loads) + "#preset=spiral3&stop=300");
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        key("speed").selectOption("10");
        p.waitForEpoch(300);
        page().waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'false'");
        double accuracy = accuracy();
        assertTrue(accuracy >= 95, "accuracy " + accuracy);
    }

    @Test
    void skipConnectionsShowTheGradientFlow() {
        PlaygroundPageObject p = openPreset("skip");
        p.waitForEpoch(10);
        assertTrue(p.distinctColours(".nnp-flow canvas") > 5, "the gradient-flow strip is drawn");
        assertTrue(p.distinctColours(".nnp-compare canvas") > 5, "with and without skips compared");
    }

    /** The training accuracy shown, in percent. */
    private double accuracy() {
        String text = page().locator(".nnp-metric").first().locator(".nnp-metric-accuracy").textContent();
        return Double.parseDouble(text.replaceAll("[^0-9.]", ""));
    }
}
