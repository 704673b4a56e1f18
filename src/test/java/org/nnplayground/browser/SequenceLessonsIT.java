package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.LabLesson;
import org.nnplayground.core.state.lab.LabLessons;
import org.nnplayground.core.state.lab.SequenceLessonsTest;

/**
 * The sequence lessons and the views of number sequences on one page per build: each lesson opened by
 * its link (the next one by changing the hash) shows its caption and its views; the lesson runs train
 * to the JVM's fingerprints; the unrolled view reads a cell by the keys, the sine continues free-running,
 * the LSTM's gates can be shown, and a run that explodes through time is fixed by the notice's button.
 */
class SequenceLessonsIT extends BrowserTest {
    private static final Pattern PREDICTION = Pattern.compile(
            "the target is (-?[0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?) and the prediction (-?[0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?)");

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private void openByHash(String fragment) {
        page().evaluate("f => { location.hash = f; }", fragment);
    }

    private int epoch() {
        return ((Number) callApi("pageLabEpoch")).intValue();
    }

    private void waitForEpoch(int epochs) {
        page().waitForFunction("n => window.nnPlaygroundReady.then(r => r.api.pageLabEpoch() >= n)", epochs);
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void theSequenceLessonsShowTheirViewsAndTrainTheJvmsBits(String build) {
        LabLesson loop = LabLessons.byId("loop-in-time");
        LabLesson sine = LabLessons.byId("sine-memory");
        LabLesson gap = LabLessons.byId("long-gap");
        open("/?build=" + build + "#" + LabLinks.of(loop));
        assertThat(page().locator("html")).hasAttribute("data-build", build.equals("js") ? "js" : "wasm-gc");

        int n = SequenceLessonsTest.FINGERPRINT_EPOCHS;
        assertEquals(SequenceLessonsTest.LOOP_IN_TIME_FINGERPRINT, callApi("labFingerprint", LabLinks.of(loop), n), build);
        assertEquals(SequenceLessonsTest.SINE_FINGERPRINT, callApi("labFingerprint", LabLinks.of(sine), n), build);
        assertEquals(SequenceLessonsTest.LONG_GAP_FINGERPRINT, callApi("labFingerprint", LabLinks.of(gap), n), build);

        // A loop in time: the caption, the four views, and after ten epochs the echoed bit comes out right.
        assertThat(page().locator(".nnp-lab-lesson h2")).hasText(loop.title());
        for (String view : new String[] {".nnp-lab-cells", ".nnp-lab-unrolled", ".nnp-lab-curve", ".nnp-lab-gradient"}) {
            assertThat(page().locator(view)).isVisible();
        }
        assertThat(page().locator(".nnp-lab-cells-canvas")).hasAttribute("aria-label",
                Pattern.compile("^The network: 1 value per step, 10 steps, then recurrent layer 1: Elman of 4 units"));
        waitForEpoch(10);
        key("play").click();
        String curve = page().locator(".nnp-lab-curve-canvas").getAttribute("aria-label");
        Matcher m = PREDICTION.matcher(curve);
        assertTrue(m.find(), curve);
        assertTrue(Math.abs(Double.parseDouble(m.group(1)) - Double.parseDouble(m.group(2))) < 0.5, curve);
        Locator unrolled = page().locator(".nnp-lab-unrolled-canvas");
        assertThat(unrolled).hasAttribute("aria-label", Pattern.compile("^Sequence 1 unrolled over 10 steps: the input, the hidden state of 4"));
        unrolled.focus();
        page().keyboard().press("ArrowRight");
        page().keyboard().press("ArrowDown");
        page().keyboard().press("ArrowDown");
        assertThat(page().locator(".nnp-lab-unrolled .nnp-lab-readout")).hasText(Pattern.compile("^step 2, unit 2: -?[0-9.e-]+$"));
        key("lab-seq-next").click();
        assertThat(unrolled).hasAttribute("aria-label", Pattern.compile("^Sequence 2 unrolled"));
        assertTrue(page().url().contains("sel=2"), page().url());

        // Sine continuation: the free-running switch draws the generated continuation.
        openByHash(LabLinks.of(sine));
        assertThat(page().locator(".nnp-lab-lesson h2")).hasText(sine.title());
        key("lab-free-run").check();
        assertThat(page().locator(".nnp-lab-curve-canvas")).hasAttribute("aria-label",
                Pattern.compile("Free-running for 40 more steps, it strays from the true sine by up to [0-9.e-]+\\.$"));

        // Memory over a long gap: an LSTM, whose gates the unrolled view shows, and the gradient through time.
        openByHash(LabLinks.of(gap));
        assertThat(page().locator(".nnp-lab-lesson h2")).hasText(gap.title());
        key("lab-gate").selectOption("1");
        assertThat(unrolled).hasAttribute("aria-label", Pattern.compile("the forget gate of 8 LSTM units"));
        assertThat(page().locator(".nnp-lab-gradient-canvas")).hasAttribute("aria-label",
                Pattern.compile("^The length of dLoss/dh at each of the 30 steps, on a log scale, for 1 recurrent layer: "
                        + "\\|dL/dh\\| at step 1 is [0-9.e-]+ (of|times) that at step 30\\.$"));

        // A running sum over 50 steps by plain SGD at 0.1 explodes; the notice's button applies rate and clipping.
        openByHash("lab=sum&len=50&cell=elman&h=16&opt=sgd&lr=0.1&speed=1");
        key("play").click();
        Locator fix = key("lab-fix");
        assertThat(fix).hasText(Pattern.compile("^Use rate [0-9.]+ and clip at 1$"));
        assertThat(page().locator(".nnp-lab-notice")).containsText("clipped at norm 1");
        fix.click();
        assertThat(page().locator(".nnp-lab-notice")).isHidden();
        assertThat(key("lab-clip")).hasValue("1");
        int from = epoch();
        waitForEpoch(from + 5);
        assertThat(page().locator(".nnp-lab-notice")).isHidden();
    }
}
