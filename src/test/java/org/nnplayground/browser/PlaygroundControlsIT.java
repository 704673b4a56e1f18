package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.browser.PlaygroundPageObject.GRAPH;
import static org.nnplayground.browser.PlaygroundPageObject.OUTPUT;
import static org.nnplayground.browser.PlaygroundPageObject.THUMBNAIL;

import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every control of the playground changes what it should: the run bar, the data, the input
 * features, the network and the training settings, the keyboard shortcuts and Tab. The core flows
 * run in both builds; the cheaper checks run in the wasm build only.
 */
class PlaygroundControlsIT extends PlaygroundTest {

    // ---- run --------------------------------------------------------------------------------

    @Test
    void stepBatchTrainsOneBatchAndStepOneEpoch() {
        PlaygroundPageObject p = openPaused("wasm");
        String before = p.metricsText();
        p.runButton("Step batch").click();
        assertThat(p.metrics()).not().hasText(before);
        assertThat(p.epochCounter()).hasText("Epoch 0");
        // With the whole training set in one batch, one batch finishes the epoch.
        assertThat(p.dataCounts()).hasText("250 training, 250 test points");
        p.choose("Batch size", "250");
        p.runButton("Step batch").click();
        assertThat(p.epochCounter()).hasText("Epoch 1");
        p.runButton("Step").click();
        assertThat(p.epochCounter()).hasText("Epoch 2");
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void resetGivesBackTheIdenticalInitialWeights(String build) {
        PlaygroundPageObject p = openPaused(build);
        String output = p.pixelHash(OUTPUT);
        String graph = p.pixelHash(GRAPH);
        String metrics = p.metricsText();
        p.stepEpochs(5);
        p.waitForRedraw(OUTPUT, output);
        assertNotEquals(metrics, p.metricsText(), "five epochs of training change the loss");
        p.resetButton().click();
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.settle();
        assertEquals(output, p.pixelHash(OUTPUT), "the output of the initial weights");
        assertEquals(graph, p.pixelHash(GRAPH), "the graph of the initial weights");
        assertEquals(metrics, p.metricsText());
        // The same seed trains the same way again.
        p.stepEpochs(3);
        String afterThree = p.metricsText();
        p.resetButton().click();
        p.stepEpochs(3);
        assertEquals(afterThree, p.metricsText(), "three epochs from the same seed give the same loss");
    }

    @Test
    void regenerateDrawsANewSeedAndStartsAgain() {
        PlaygroundPageObject p = openPaused("wasm");
        String initial = p.pixelHash(OUTPUT);
        p.stepEpochs(3);
        String trained = p.pixelHash(OUTPUT);
        p.button("Regenerate").click();
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.waitForRedraw(OUTPUT, trained);
        String regenerated = p.pixelHash(OUTPUT);
        assertNotEquals(initial, regenerated, "new data and new initial weights");
        p.stepEpochs(2);
        p.resetButton().click();
        p.settle();
        assertEquals(regenerated, p.pixelHash(OUTPUT), "reset goes back to the new seed's start, not the old one");
    }

    @Test
    void speedIsEpochsPerFrame() {
        PlaygroundPageObject p = openPaused("wasm");
        assertEquals("1 epoch / frame", p.chosen("Speed"));
        int slow = p.epochsInFrames(10);
        p.resetButton().click();
        p.choose("Speed", "100 epochs / frame");
        assertEquals("100 epochs / frame", p.chosen("Speed"));
        int fast = p.epochsInFrames(10);
        assertTrue(slow > 0, "speed 1 trains: " + slow);
        assertTrue(fast >= 20 * slow, "100 epochs per frame beat 1 epoch per frame by far over the same frames: "
                + fast + " against " + slow);
    }

    @Test
    void stopAtEpochPausesAtExactlyThatEpoch() {
        PlaygroundPageObject p = openPaused("wasm");
        p.choose("Speed", "20 epochs / frame");
        p.type("Stop at epoch", "50");
        assertThat(p.field("Stop at epoch")).hasValue("50");
        p.play();
        p.waitUntilPaused();
        assertThat(p.epochCounter()).hasText("Epoch 50");
        assertThat(p.notice()).containsText("epoch limit of 50");
        assertThat(p.notice()).containsText("Play trains on from here.");
        // Play again: training goes on past the limit, which stays set for the next run.
        p.playButton().click();
        p.waitForEpoch(70);
        p.pause();
        assertThat(p.notice()).isHidden();
        assertThat(p.field("Stop at epoch")).hasValue("50");
        // After a reset the limit holds again.
        p.resetButton().click();
        p.play();
        p.waitUntilPaused();
        assertThat(p.epochCounter()).hasText("Epoch 50");
        // No limit: training goes on.
        p.type("Stop at epoch", "");
        p.play();
        p.waitForEpoch(51);
        p.pause();
        assertThat(p.notice()).isHidden();
    }

    @Test
    void stopAtLossPausesOnceTheTargetIsReached() {
        PlaygroundPageObject p = openPaused("wasm");
        p.type("Stop at loss", "0.2");
        p.play();
        p.waitUntilPaused();
        assertTrue(p.epoch() > 0, "it trained first");
        assertTrue(p.trainingLoss() <= 0.2, "paused at a training loss of at most 0.2: " + p.trainingLoss());
        assertThat(p.notice()).containsText("target loss");
        p.type("Stop at loss", "cheap");
        assertThat(p.notice()).containsText("The target loss must be a positive number");
    }

    // ---- data -------------------------------------------------------------------------------

    @Test
    void problemTypeSwitchesTheDataSetsAndTheOutput() {
        PlaygroundPageObject p = openPaused("wasm");
        assertEquals("Classification (2 classes)", p.chosen("Problem"));
        assertEquals(List.of("Circle", "Exclusive or", "Two Gaussians", "Spiral", "Two moons", "Checkerboard", "Your data"),
                p.datasetNames());
        assertEquals("Tanh", p.chosen("Output activation"));
        assertThat(p.checkbox("x₁")).isVisible();

        String output = p.pixelHash(OUTPUT);
        p.choose("Problem", "Regression, 1-D (curve)");
        assertTrue(p.datasetNames().containsAll(List.of("Identity", "Square", "Sine", "Step")), p.datasetNames().toString());
        assertThat(p.dataset("Identity")).hasAttribute("aria-pressed", "true");
        assertEquals("Linear (identity)", p.chosen("Output activation"));
        assertEquals("Squared error", p.chosen("Loss"));
        assertThat(p.checkbox("x₁")).hasCount(0); // 1-D data has one input, x
        assertThat(p.checkbox("Discretize output")).hasCount(0);
        p.waitForRedraw(OUTPUT, output);

        p.choose("Problem", "Multiclass classification");
        assertEquals(List.of("Gaussian blobs", "Three-arm spiral", "Your data"), p.datasetNames());
        assertEquals("Softmax", p.chosen("Output activation"));
        assertEquals("Softmax cross-entropy", p.chosen("Loss"));
        assertThat(p.slider("Classes")).isVisible();

        p.choose("Problem", "Regression, 2-D (surface)");
        assertEquals(List.of("Plane", "Multiple Gaussians", "Your data"), p.datasetNames());
        assertEquals("Linear (identity)", p.chosen("Output activation"));
        assertFalse(p.options("Output activation").contains("Softmax"));
        assertThat(p.metrics()).not().containsText("% right"); // no accuracy for regression

        // A preset sets up a whole lesson and says what it shows, once: in the lesson panel.
        p.choose("Preset", "6b. XOR with one hidden layer");
        assertEquals("Classification (2 classes)", p.chosen("Problem"));
        assertThat(p.dataset("Exclusive or")).hasAttribute("aria-pressed", "true");
        assertThat(p.hiddenLayerCount()).hasText("1 hidden layer");
        assertThat(page().locator(".nnp-caption")).containsText("XOR");
        assertThat(p.notice()).isHidden();
        assertEquals("6b. XOR with one hidden layer", p.chosen("Preset"));
    }

    @Test
    void everyThumbnailIsDrawnAndPickingOneChangesTheData() {
        PlaygroundPageObject p = openPaused("wasm");
        p.waitUntilDrawn(THUMBNAIL, 3);
        List<List<Number>> thumbnails = p.canvasSizes(THUMBNAIL);
        assertEquals(7, thumbnails.size(), "six shapes and your data");
        for (List<Number> t : thumbnails) {
            assertEquals(1, t.get(4).intValue(), "every data set thumbnail is drawn: " + thumbnails);
        }
        assertThat(p.dataset("Circle")).hasAttribute("aria-pressed", "true");
        String output = p.pixelHash(OUTPUT);
        p.dataset("Exclusive or").click();
        assertThat(p.dataset("Exclusive or")).hasAttribute("aria-pressed", "true");
        assertThat(p.dataset("Circle")).hasAttribute("aria-pressed", "false");
        p.waitForRedraw(OUTPUT, output);
        assertThat(p.epochCounter()).hasText("Epoch 0");
    }

    @Test
    void noisePointsAndRatioChangeTheData() {
        PlaygroundPageObject p = openPaused("wasm");
        assertThat(p.dataCounts()).hasText("250 training, 250 test points");
        String output = p.pixelHash(OUTPUT);
        p.setSlider("Points", 100);
        assertThat(p.dataCounts()).hasText("50 training, 50 test points");
        assertThat(p.slider("Points")).hasAttribute("aria-valuetext", "100");
        p.waitForRedraw(OUTPUT, output);

        output = p.pixelHash(OUTPUT);
        p.setSlider("Training data", 0.8);
        assertThat(p.dataCounts()).hasText("80 training, 20 test points");
        assertThat(p.slider("Training data")).hasAttribute("aria-valuetext", "80 %");
        p.waitForRedraw(OUTPUT, output);

        output = p.pixelHash(OUTPUT);
        String metrics = p.metricsText();
        p.setSlider("Noise", 0.5);
        assertThat(p.slider("Noise")).hasAttribute("aria-valuetext", "50 %");
        p.waitForRedraw(OUTPUT, output);
        assertThat(p.metrics()).not().hasText(metrics);
    }

    @Test
    void showTestDataAddsTheTestPointsToTheOutput() {
        PlaygroundPageObject p = openPaused("wasm");
        String without = p.pixelHash(OUTPUT);
        p.checkbox("Show test data").check();
        p.waitForRedraw(OUTPUT, without);
        p.checkbox("Show test data").uncheck();
        p.settle();
        assertEquals(without, p.pixelHash(OUTPUT));
    }

    // ---- input features ------------------------------------------------------------------------

    @Test
    void featureTogglesChangeTheInputNodes() {
        PlaygroundPageObject p = openPaused("wasm");
        assertThat(p.page().locator(GRAPH)).hasAttribute("aria-label", java.util.regex.Pattern.compile("2 inputs \\(x₁, x₂\\)"));
        String graph = p.pixelHash(GRAPH);
        p.stepEpochs(2);
        p.checkbox("x₁²").check();
        assertThat(p.epochCounter()).hasText("Epoch 0"); // a change of structure starts again
        assertTrue(p.graphDescription().contains("3 inputs (x₁, x₂, x₁²)"), p.graphDescription());
        p.waitForRedraw(GRAPH, graph);
        for (String feature : List.of("x₂²", "x₁x₂", "sin(x₁)", "sin(x₂)")) {
            p.checkbox(feature).check();
            assertThat(p.checkbox(feature)).isChecked();
        }
        p.settle();
        assertTrue(p.graphDescription().contains("7 inputs (x₁, x₂, x₁², x₂², x₁x₂, sin(x₁), sin(x₂))"), p.graphDescription());
        for (String feature : List.of("x₁", "x₂", "x₁²", "x₂²", "x₁x₂", "sin(x₁)")) {
            p.checkbox(feature).uncheck();
        }
        p.settle();
        assertTrue(p.graphDescription().contains("1 input (sin(x₂))"), p.graphDescription());
        graph = p.pixelHash(GRAPH);
        // The last one cannot go: the page says why and keeps it.
        p.checkbox("sin(x₂)").click();
        assertThat(p.notice()).hasText("At least one input feature is needed.");
        assertThat(p.checkbox("sin(x₂)")).isChecked();
        p.settle();
        assertEquals(graph, p.pixelHash(GRAPH));
    }

    // ---- network ----------------------------------------------------------------------------

    @Test
    void layersAndNeuronsCanBeAddedAndRemovedAndStartTrainingAgain() {
        PlaygroundPageObject p = openPaused("wasm");
        assertThat(p.hiddenLayerCount()).hasText("2 hidden layers");
        p.stepEpochs(2);
        String graph = p.pixelHash(GRAPH);
        p.button("Add a hidden layer").click();
        assertThat(p.hiddenLayerCount()).hasText("3 hidden layers");
        assertThat(p.neuronCount(3)).hasText("2 neurons");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.waitForRedraw(GRAPH, graph);
        assertTrue(p.graphDescription().contains("3 hidden layers of 4, 2 and 2 neurons"), p.graphDescription());

        p.stepEpochs(2);
        p.button("Add a neuron to hidden layer 1").click();
        assertThat(p.neuronCount(1)).hasText("5 neurons");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.stepEpochs(2);
        p.button("Remove a neuron from hidden layer 2").click();
        assertThat(p.neuronCount(2)).hasText("1 neuron");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.settle();
        assertTrue(p.graphDescription().contains("3 hidden layers of 5, 1 and 2 neurons"), p.graphDescription());

        p.stepEpochs(2);
        p.button("Remove a hidden layer").click();
        assertThat(p.hiddenLayerCount()).hasText("2 hidden layers");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.button("Remove a hidden layer").click();
        p.button("Remove a hidden layer").click();
        assertThat(p.hiddenLayerCount()).hasText("0 hidden layers");
        p.settle();
        assertTrue(p.graphDescription().contains("no hidden layer"), p.graphDescription());
        assertTrue(p.distinctColours(GRAPH) > 10, "the graph of inputs and output alone is drawn");
    }

    @Test
    void eachLayerHasItsOwnActivation() {
        PlaygroundPageObject p = openPaused("wasm");
        p.stepEpochs(2);
        String graph = p.pixelHash(GRAPH);
        PlaygroundPageObject.choose(p.layerActivation(1), "ReLU");
        assertEquals("ReLU", PlaygroundPageObject.chosen(p.layerActivation(1)));
        assertEquals("Tanh", PlaygroundPageObject.chosen(p.layerActivation(2)));
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.waitForRedraw(GRAPH, graph);
        List<String> offered = p.layerActivation(2).locator("option").allTextContents();
        assertTrue(offered.containsAll(List.of("Linear (identity)", "ReLU", "Tanh", "Sigmoid")), offered.toString());
        assertFalse(offered.contains("Softmax"), "softmax is for the output layer");
    }

    @Test
    void skipConnectionsJoinLayersOfEqualWidth() {
        PlaygroundPageObject p = openPaused("wasm");
        // Layers of 4 and 2 neurons: nothing to join, and the page says so.
        p.checkbox("Skip connections").check();
        assertThat(page().locator(".nnp-hint")).hasText(java.util.regex.Pattern.compile("equal width"));
        p.checkbox("Skip connections").uncheck();
        assertThat(page().locator(".nnp-hint")).hasCount(0);
        p.button("Add a neuron to hidden layer 2").click();
        p.button("Add a neuron to hidden layer 2").click();
        assertThat(p.neuronCount(2)).hasText("4 neurons");
        p.stepEpochs(2);
        String graph = p.pixelHash(GRAPH);
        String output = p.pixelHash(OUTPUT);
        p.checkbox("Skip connections").check();
        assertThat(p.checkbox("Skip connections")).isChecked();
        assertThat(page().locator(".nnp-hint")).hasCount(0);
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.waitForRedraw(GRAPH, graph);
        p.waitForRedraw(OUTPUT, output);
    }

    @Test
    void outputActivationAndLossMatchTheProblem() {
        PlaygroundPageObject p = openPaused("wasm");
        assertEquals(List.of("Tanh", "Sigmoid", "Softmax", "Linear (identity)"), p.options("Output activation"));
        assertEquals(List.of("Squared error"), p.options("Loss"));
        p.stepEpochs(2);
        String output = p.pixelHash(OUTPUT);
        p.choose("Output activation", "Sigmoid");
        assertEquals(List.of("Squared error", "Binary cross-entropy"), p.options("Loss"));
        assertEquals("Binary cross-entropy", p.chosen("Loss"));
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.waitForRedraw(OUTPUT, output);
        p.stepEpochs(2);
        p.choose("Loss", "Squared error");
        assertEquals("Squared error", p.chosen("Loss"));
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.choose("Output activation", "Softmax");
        assertEquals("Softmax cross-entropy", p.chosen("Loss"));
        // softmax over two classes: the graph's description follows on the next painted frame
        assertThat(page().locator(GRAPH)).hasAttribute("aria-label", Pattern.compile(".*2 outputs.*"));

        p.choose("Problem", "Regression, 1-D (curve)");
        List<String> outputs = p.options("Output activation");
        assertFalse(outputs.contains("Softmax"), outputs.toString());
        assertTrue(outputs.containsAll(List.of("Linear (identity)", "Tanh", "ReLU")), outputs.toString());
        assertEquals(List.of("Squared error"), p.options("Loss"));
    }

    // ---- training ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void learningRateAndOptimizerKeepTheWeightsButStructureResets(String build) {
        PlaygroundPageObject p = openPaused(build);
        p.stepEpochs(5);
        String output = p.pixelHash(OUTPUT);
        String metrics = p.metricsText();
        p.choose("Learning rate", "0.3");
        assertEquals("0.3", p.chosen("Learning rate"));
        p.settle();
        assertThat(p.epochCounter()).hasText("Epoch 5");
        assertEquals(output, p.pixelHash(OUTPUT), "the same weights");
        assertEquals(metrics, p.metricsText());
        p.choose("Optimizer", "Adam");
        p.settle();
        assertThat(p.epochCounter()).hasText("Epoch 5");
        assertEquals(output, p.pixelHash(OUTPUT), "the same weights");
        p.stepEpochs(1);
        assertThat(p.epochCounter()).hasText("Epoch 6");
        p.button("Add a neuron to hidden layer 2").click();
        assertThat(p.epochCounter()).hasText("Epoch 0");
    }

    @Test
    void optimizerRegularizationBatchSizeAndInitChangeHowItTrains() {
        PlaygroundPageObject p = openPaused("wasm");
        String initial = p.pixelHash(OUTPUT);
        p.stepEpochs(3);
        String sgd = p.metricsText();
        Set<String> outcomes = new TreeSet<>();
        outcomes.add(sgd);
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"Optimizer", "Momentum"});
        settings.add(new String[] {"Optimizer", "Adam"});
        settings.add(new String[] {"Optimizer", "SGD"});
        settings.add(new String[] {"Regularization", "L2"});
        settings.add(new String[] {"Regularization rate", "0.3"});
        settings.add(new String[] {"Regularization", "L1"});
        settings.add(new String[] {"Regularization", "None"});
        settings.add(new String[] {"Batch size", "1"});
        for (String[] setting : settings) {
            p.resetButton().click();
            p.choose(setting[0], setting[1]);
            assertEquals(setting[1], p.chosen(setting[0]));
            p.stepEpochs(3);
            outcomes.add(setting[0] + "=" + setting[1] + ": " + p.metricsText());
            if (setting[1].equals("SGD")) {
                assertEquals(sgd, p.metricsText(), "back to SGD trains as before");
            }
        }
        // Every setting except the way back to SGD, and "None" with a rate, trained differently.
        long distinct = outcomes.stream().map(o -> o.substring(o.indexOf(':') + 1).trim()).distinct().count();
        assertTrue(distinct >= 6, "the settings change training: " + outcomes);

        p.choose("Batch size", "10");
        String trained = p.pixelHash(OUTPUT);
        p.choose("Initialisation", "Glorot (Xavier)");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        p.waitForRedraw(OUTPUT, trained);
        String glorot = p.pixelHash(OUTPUT);
        assertNotEquals(initial, glorot, "other initial weights");
        p.choose("Initialisation", "He (Kaiming)");
        p.waitForRedraw(OUTPUT, glorot);
        p.choose("Initialisation", "Uniform ±0.5");
        p.settle();
        assertEquals(initial, p.pixelHash(OUTPUT), "back to the first initialisation, the first weights");
    }

    // ---- keyboard ---------------------------------------------------------------------------

    @Test
    void keyboardShortcuts() {
        PlaygroundPageObject p = openPlayground("wasm");
        p.waitForEpoch(2);
        page().locator("h1").click(); // focus on the page, not on a control
        page().keyboard().press("Space");
        p.waitUntilPaused();
        int e = p.epoch();
        page().keyboard().press("s");
        assertThat(p.epochCounter()).hasText("Epoch " + (e + 1));
        page().keyboard().press("ArrowRight");
        assertThat(p.epochCounter()).hasText("Epoch " + (e + 2));
        page().keyboard().press("Shift+S");
        assertThat(p.epochCounter()).hasText("Epoch " + (e + 3));
        page().keyboard().press("r");
        assertThat(p.epochCounter()).hasText("Epoch 0");
        page().keyboard().press("Space");
        assertThat(p.playButton()).hasAttribute("aria-pressed", "true");
        p.waitForEpoch(1);
        page().keyboard().press("Shift+R");
        p.pause();
        // Letters typed into a text box are text, not shortcuts.
        int now = p.epoch();
        p.field("Stop at epoch").fill("s r");
        p.field("Stop at epoch").press("s");
        p.settle();
        assertThat(p.epochCounter()).hasText("Epoch " + now);
    }

    @Test
    void aButtonPressedWithTheKeyboardKeepsTheFocus() {
        PlaygroundPageObject p = openPaused("wasm");
        p.runButton("Step").focus();
        page().keyboard().press("Enter");
        assertThat(p.epochCounter()).hasText("Epoch 1");
        assertThat(p.runButton("Step")).isFocused();
        page().keyboard().press("Enter");
        assertThat(p.epochCounter()).hasText("Epoch 2");
        page().keyboard().press("Space");
        assertThat(p.epochCounter()).hasText("Epoch 3");
        p.button("Add a hidden layer").focus();
        page().keyboard().press("Enter");
        assertThat(p.hiddenLayerCount()).hasText("3 hidden layers");
        assertThat(p.button("Add a hidden layer")).isFocused();
    }

    @Test
    void everyControlIsLabelledAndReachableWithTab() {
        PlaygroundPageObject p = openPaused("wasm");
        @SuppressWarnings("unchecked")
        List<List<String>> controls = (List<List<String>>) page().evaluate("() => [...document.querySelectorAll("
                + "'.nnp button, .nnp select, .nnp input')].filter(e => e.offsetParent !== null)"
                + ".map(e => [e.getAttribute('data-key') || '', e.getAttribute('aria-label')"
                + " || (e.closest('label') ? e.closest('label').textContent.trim() : '') || e.textContent.trim()])");
        assertTrue(controls.size() > 40, "the playground's controls: " + controls);
        Set<String> keys = new TreeSet<>();
        for (List<String> control : controls) {
            assertFalse(control.get(0).isEmpty(), "every control has a data-key: " + control);
            assertFalse(control.get(1).isEmpty(), "every control has a name: " + control);
            keys.add(control.get(0));
        }
        assertEquals(controls.size(), keys.size(), "data-keys are unique");
        page().locator("h1").click();
        Set<String> reached = new TreeSet<>();
        for (int i = 0; i < controls.size() + 5; i++) {
            page().keyboard().press("Tab");
            Object key = page().evaluate("() => document.activeElement && document.activeElement.getAttribute('data-key')");
            if (key != null) {
                reached.add((String) key);
            }
        }
        Set<String> missed = new TreeSet<>(keys);
        missed.removeAll(reached);
        assertTrue(missed.isEmpty(), "Tab reaches every control; missed " + missed);
        Locator focused = page().locator(":focus");
        assertThat(focused).hasCount(1);
    }
}
