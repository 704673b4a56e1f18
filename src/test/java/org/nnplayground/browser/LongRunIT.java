package org.nnplayground.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.train.LossHistory;

/**
 * Memory stays bounded however long the page trains: with every view on, the JS heap in use after a
 * forced garbage collection hardly grows from early in the run to after the loss history has filled
 * up and been thinned out, and the history never holds more than its capacity. A property of the
 * page, not a timing: the run is measured in epochs and recorded points, never in seconds. (The
 * ten-minute figures come from the benchmark's long run, {@code -Dbench.parts=longrun}.)
 */
class LongRunIT extends PlaygroundTest {
    /** Epochs per frame. The page records one loss point per frame, so frames fill the history. */
    private static final String SPEED = "10";
    private static final int WARM_EPOCHS = 500;
    private static final double MAX_GROWTH_MB = 10;

    /**
     * Polled every frame: the largest point count seen so far (window.__nnpMaxPoints), and true
     * once the count fell below it, i.e. the history was full and dropped every other point.
     */
    private static final String HISTORY_THINNED = "() => { const c = document.querySelector('.nnp-loss-canvas');"
            + " const n = parseInt(c.getAttribute('data-points') || '0', 10);"
            + " window.__nnpMaxPoints = Math.max(window.__nnpMaxPoints || 0, n); return n < window.__nnpMaxPoints; }";

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void heapAndLossHistoryStayBoundedWithEveryViewOn(String build) {
        PlaygroundPageObject p = openPlayground(build);
        for (String box : new String[] {"Discretize output", "Show test data", "Log scale"}) {
            p.checkbox(box).check();
        }
        page().locator("select[data-key=speed]").selectOption(SPEED);
        p.play();
        CDPSession cdp = page().context().newCDPSession(page());
        cdp.send("HeapProfiler.enable");

        page().waitForFunction("n => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, '')) >= n",
                WARM_EPOCHS, new Page.WaitForFunctionOptions().setTimeout(120_000));
        double early = heapMbAfterGc(cdp);
        page().waitForFunction(HISTORY_THINNED, null, new Page.WaitForFunctionOptions().setTimeout(120_000));
        int maxPoints = ((Number) page().evaluate("() => window.__nnpMaxPoints")).intValue();
        double late = heapMbAfterGc(cdp);
        int epoch = p.epoch();
        cdp.detach();

        System.out.printf("LongRunIT %s: heap after GC %.2f MB at epoch >= %d, %.2f MB at epoch %d (growth %.2f MB);"
                + " loss history at most %d points%n", build, early, WARM_EPOCHS, late, epoch, late - early, maxPoints);
        assertTrue(p.playing(), "still training: " + p.alert().textContent());
        assertTrue(late - early < MAX_GROWTH_MB, "the heap grew by " + (late - early) + " MB from epoch " + WARM_EPOCHS
                + " to " + epoch + " (" + early + " -> " + late + " MB)");
        assertTrue(maxPoints > LossHistory.CAPACITY / 2 && maxPoints <= LossHistory.CAPACITY + 1,
                "the loss history keeps at most " + LossHistory.CAPACITY + " points and the latest: " + maxPoints);
    }

    private static double heapMbAfterGc(CDPSession cdp) {
        cdp.send("HeapProfiler.collectGarbage");
        cdp.send("HeapProfiler.collectGarbage");
        JsonObject usage = cdp.send("Runtime.getHeapUsage");
        return usage.get("usedSize").getAsDouble() / (1024 * 1024);
    }
}
