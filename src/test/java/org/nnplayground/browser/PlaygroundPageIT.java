package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page opens training the default network, in both builds, and every view is drawn. */
class PlaygroundPageIT extends PlaygroundTest {

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void opensTrainingAndTheLossFalls(String build) {
        PlaygroundPageObject p = openPlayground(build);
        assertEquals("true", p.playButton().getAttribute("aria-pressed"), "the page opens training");
        p.waitForEpoch(5);
        double early = p.trainingLoss();
        p.choose("Speed", "10 epochs / frame");
        p.waitForEpoch(150);
        double later = p.trainingLoss();
        assertTrue(later < early, "training loss should fall: " + early + " then " + later);
        assertTrue(later < 0.3, "the default circle is learnt: loss " + later);
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void everyCanvasIsDrawn(String build) {
        PlaygroundPageObject p = openPlayground(build);
        p.waitForEpoch(20);
        assertTrue(p.distinctColours(".nnp-output-canvas") > 20, "output heatmap");
        assertTrue(p.distinctColours(".nnp-graph-canvas") > 20, "network graph");
        assertTrue(p.distinctColours(".nnp-loss-canvas") > 3, "loss chart");
        assertTrue(p.distinctColours(".nnp-dataset canvas") > 2, "data set thumbnail");
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void playPauseStepAndReset(String build) {
        PlaygroundPageObject p = openPlayground(build);
        p.waitForEpoch(3);
        p.pause();
        int paused = p.epoch();
        p.frames(20);
        assertEquals(paused, p.epoch(), "paused training does not move");
        p.runButton("Step").click();
        assertThat(p.epochCounter()).hasText("Epoch " + (paused + 1));
        p.button("Reset the weights (R)").click();
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.play();
        p.waitForEpoch(2);
        assertNotEquals(0, p.epoch());
    }
}
