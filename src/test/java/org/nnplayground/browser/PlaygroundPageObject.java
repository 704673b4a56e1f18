package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;

/**
 * The playground page as a person sees it: its controls by their accessible names, its read-outs,
 * and what its canvases show (pixel counts and hashes). Locators re-resolve on every use, so they
 * stay valid when the page rebuilds a panel after an edit.
 */
final class PlaygroundPageObject {
    static final String OUTPUT = ".nnp-output-canvas";
    static final String GRAPH = ".nnp-graph-canvas";
    static final String LOSS = ".nnp-loss-canvas";
    static final String THUMBNAIL = ".nnp-dataset canvas";

    /** In-page helpers: a canvas's pixel hash and its count of distinct colours. */
    private static final String CANVAS_JS = "const pixels = sel => { const c = document.querySelector(sel);"
            + " return c.getContext('2d').getImageData(0, 0, c.width, c.height).data; };"
            + " const hash = sel => { const d = pixels(sel); let h = 0;"
            + " for (let i = 0; i < d.length; i++) { h = (Math.imul(h, 31) + d[i]) | 0; } return String(h); };"
            + " const colours = sel => { const d = pixels(sel); const seen = new Set();"
            + " for (let i = 0; i < d.length; i += 16) { if (d[i + 3] > 0) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]); }"
            + " return seen.size; };";

    private final Page page;

    PlaygroundPageObject(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    // ---- run bar -------------------------------------------------------------------------

    Locator playButton() {
        return page.locator(".nnp-play");
    }

    Locator resetButton() {
        return runButton("Reset the weights (R)");
    }

    /** A button of the run bar (a data set may share its name: "Step"). */
    Locator runButton(String name) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Run").setExact(true))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    Locator epochCounter() {
        return page.locator(".nnp-epoch");
    }

    int epoch() {
        return Integer.parseInt(epochCounter().textContent().replaceAll("[^0-9]", ""));
    }

    boolean playing() {
        return "true".equals(playButton().getAttribute("aria-pressed"));
    }

    void pause() {
        if (playing()) {
            playButton().click();
        }
        assertThat(playButton()).hasAttribute("aria-pressed", "false");
    }

    /** Presses play unless playing (training may pause again on its own at once, e.g. at a stop condition). */
    void play() {
        if (!playing()) {
            playButton().click();
        }
    }

    /** Pauses and resets: epoch 0, the initial weights, nothing moving. */
    void pauseAndReset() {
        pause();
        resetButton().click();
        assertThat(epochCounter()).hasText("Epoch 0");
        settle();
    }

    /** Clicks Step {@code n} times and waits for the epoch counter to show it. */
    void stepEpochs(int n) {
        int from = epoch();
        for (int i = 0; i < n; i++) {
            runButton("Step").click();
        }
        assertThat(epochCounter()).hasText("Epoch " + (from + n));
        settle();
    }

    /** Waits until training paused on its own (or was paused). */
    void waitUntilPaused() {
        assertThat(playButton()).hasAttribute("aria-pressed", "false");
    }

    /** Waits until the epoch counter shows at least {@code epochs}. */
    void waitForEpoch(int epochs) {
        page.waitForFunction("n => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, '')) >= n",
                epochs);
    }

    /**
     * Plays for {@code frames} animation frames and pauses again, inside the page so that no frame
     * slips in between; returns how many epochs were trained in them.
     */
    int epochsInFrames(int frames) {
        Object n = page.evaluate("async frames => {"
                + " const epoch = () => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, ''));"
                + " const frame = () => new Promise(r => requestAnimationFrame(r));"
                + " document.querySelector('.nnp-play').click();"
                + " await frame(); await frame();"
                + " const start = epoch();"
                + " for (let i = 0; i < frames; i++) { await frame(); }"
                + " const end = epoch();"
                + " document.querySelector('.nnp-play').click();"
                + " return end - start; }", frames);
        assertThat(playButton()).hasAttribute("aria-pressed", "false");
        return ((Number) n).intValue();
    }

    /** Waits {@code n} animation frames of the page. */
    void frames(int n) {
        page.evaluate("async n => { for (let i = 0; i < n; i++) { await new Promise(r => requestAnimationFrame(r)); } }", n);
    }

    /** Waits two animation frames, so that whatever the last action changed has been painted. */
    void settle() {
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    // ---- form controls -------------------------------------------------------------------

    /** Chooses the option showing {@code text} in the select labelled {@code label}. */
    void choose(String label, String text) {
        choose(field(label), text);
    }

    static void choose(Locator select, String text) {
        select.selectOption(new SelectOption().setLabel(text));
    }

    /** The text of the chosen option of the select labelled {@code label}. */
    String chosen(String label) {
        return chosen(field(label));
    }

    static String chosen(Locator select) {
        return (String) select.evaluate("s => s.options[s.selectedIndex].text");
    }

    List<String> options(String label) {
        return field(label).locator("option").allTextContents();
    }

    /** Types into the number box labelled {@code label} and confirms with Enter. */
    void type(String label, String text) {
        field(label).fill(text);
        field(label).press("Enter");
    }

    Locator slider(String label) {
        return page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    void setSlider(String label, double value) {
        slider(label).fill(value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    }

    Locator checkbox(String label) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    Locator layerGroup(int oneBased) {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Hidden layer " + oneBased).setExact(true));
    }

    Locator layerActivation(int oneBased) {
        return layerGroup(oneBased).getByLabel("Activation", new Locator.GetByLabelOptions().setExact(true));
    }

    private Locator datasetGroup() {
        return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Data set").setExact(true));
    }

    Locator datasetButtons() {
        return datasetGroup().getByRole(AriaRole.BUTTON);
    }

    Locator dataset(String name) {
        return datasetGroup().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    List<String> datasetNames() {
        return datasetButtons().locator("span").allTextContents();
    }

    Locator hiddenLayerCount() {
        return page.locator(".nnp-layer-count .nnp-count");
    }

    Locator neuronCount(int oneBased) {
        return layerGroup(oneBased).locator(".nnp-count");
    }

    Locator dataCounts() {
        return page.locator(".nnp-data-counts");
    }

    // ---- messages and read-outs ------------------------------------------------------------

    Locator notice() {
        return page.locator(".nnp-notice");
    }

    Locator alert() {
        return page.locator(".nnp-alert");
    }

    Locator metrics() {
        return page.locator(".nnp-metrics");
    }

    double trainingLoss() {
        return metricValue("Training loss");
    }

    double testLoss() {
        return metricValue("Test loss");
    }

    private double metricValue(String name) {
        return Double.parseDouble(page.locator(".nnp-metric").filter(new Locator.FilterOptions().setHasText(name))
                .locator(".nnp-metric-value").textContent());
    }

    String metricsText() {
        return metrics().textContent();
    }

    Locator tooltip() {
        return page.locator(".nnp-tooltip");
    }

    Locator weightEditor() {
        return page.locator(".nnp-editor input");
    }

    /** The graph canvas's description in words: its shape, e.g. "3 inputs (x₁, x₂, x₁²)". */
    String graphDescription() {
        return page.locator(GRAPH).getAttribute("aria-label");
    }

    // ---- canvases --------------------------------------------------------------------------

    /** How many different colours a canvas shows (0 for a blank one). */
    int distinctColours(String selector) {
        return ((Number) page.evaluate("sel => { " + CANVAS_JS + " return colours(sel); }", selector)).intValue();
    }

    /** A hash of a canvas's pixels, to tell whether a drawing changed. */
    String pixelHash(String selector) {
        return (String) page.evaluate("sel => { " + CANVAS_JS + " return hash(sel); }", selector);
    }

    /**
     * Watches the canvases {@code selectors} inside the page, hashing each after every animation
     * frame, for at most {@code maxFrames} frames or until each has changed {@code times} times;
     * returns how many times each changed, then the number of frames watched.
     */
    @SuppressWarnings("unchecked")
    List<Number> changesOverFrames(int maxFrames, int times, String... selectors) {
        return (List<Number>) page.evaluate("async ([sels, most, times]) => { " + CANVAS_JS
                + " const frame = () => new Promise(r => requestAnimationFrame(r));"
                + " const last = sels.map(hash); const changes = sels.map(() => 0); let n = 0;"
                + " while (n < most && changes.some(c => c < times)) { await frame(); n++;"
                + "  sels.forEach((s, i) => { const h = hash(s); if (h !== last[i]) { changes[i]++; last[i] = h; } }); }"
                + " return changes.concat([n]); }", List.of(List.of(selectors), maxFrames, times));
    }

    /**
     * Clicks the element {@code click} inside the page and returns the number of distinct colours
     * of canvas {@code canvas} in the very next animation frame, after the page's own frame work
     * (the page asked for that frame before the click, so its callback runs first).
     */
    int coloursInTheFrameAfterClicking(String click, String canvas) {
        return ((Number) page.evaluate("([click, sel]) => { " + CANVAS_JS
                + " document.querySelector(click).click();"
                + " return new Promise(r => requestAnimationFrame(() => r(colours(sel)))); }", List.of(click, canvas))).intValue();
    }

    /** Waits until the canvas shows something other than the picture hashed as {@code before}. */
    void waitForRedraw(String selector, String before) {
        page.waitForFunction("([sel, before]) => { " + CANVAS_JS + " return hash(sel) !== before; }",
                List.of(selector, before));
    }

    /** Waits until every canvas of the playground shows at least {@code colours} colours. */
    void waitUntilDrawn(String selector, int colours) {
        page.waitForFunction("([sel, n]) => { " + CANVAS_JS + " return colours(sel) >= n; }", List.of(selector, colours));
    }

    /**
     * For each canvas matching {@code selector}: its backing width and height, its CSS width and
     * height times devicePixelRatio, and whether it has any non-transparent pixel.
     */
    @SuppressWarnings("unchecked")
    List<List<Number>> canvasSizes(String selector) {
        return (List<List<Number>>) page.evaluate("sel => [...document.querySelectorAll(sel)].map(c => {"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let ink = 0;"
                + " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { ink = 1; break; } }"
                + " return [c.width, c.height, Math.round(c.clientWidth * devicePixelRatio),"
                + " Math.round(c.clientHeight * devicePixelRatio), ink]; })", selector);
    }

    /** The graph canvas's box on the page. */
    BoundingBox graphBox() {
        return page.locator(GRAPH).boundingBox();
    }

    /**
     * Finds, by moving a pointer over the graph inside the page, a point whose tooltip starts with
     * {@code prefix} ("Weight", "Bias", "Neuron"); returns its page coordinates, or null.
     */
    double[] findOnGraph(String prefix) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) page.evaluate("prefix => {"
                + " const c = document.querySelector('.nnp-graph-canvas'); const r = c.getBoundingClientRect();"
                + " const tip = document.querySelector('.nnp-tooltip'); let found = null;"
                + " const mid = Math.round(r.height / 2);" // the network is centred: search outwards from the middle
                + " for (let i = 0; i < r.height && !found; i += 3) {"
                + "  const y = (i / 3) % 2 === 0 ? mid + i / 2 : mid - (i + 3) / 2;"
                + "  if (y < 1 || y >= r.height) continue;"
                + "  for (let x = 2; x < r.width && !found; x += 3) {"
                + "   c.dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + x, clientY: r.top + y, bubbles: true }));"
                + "   if (!tip.hidden && tip.textContent.startsWith(prefix)) { found = [r.left + x + scrollX, r.top + y + scrollY]; }"
                + "  } }"
                + " c.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));"
                + " return found; }", prefix);
        return at == null ? null : new double[] {at.get(0).doubleValue(), at.get(1).doubleValue()};
    }

    /** Moves the real mouse to page coordinates (scrolling them into view first). */
    void mouseTo(double[] pagePoint) {
        double[] viewport = toViewport(pagePoint);
        page.mouse().move(viewport[0], viewport[1]);
    }

    void clickAt(double[] pagePoint) {
        double[] viewport = toViewport(pagePoint);
        page.mouse().click(viewport[0], viewport[1]);
    }

    private double[] toViewport(double[] pagePoint) {
        @SuppressWarnings("unchecked")
        List<Number> scroll = (List<Number>) page.evaluate("([x, y]) => { scrollTo(0, Math.max(0, y - innerHeight / 2));"
                + " return [scrollX, scrollY]; }", List.of(pagePoint[0], pagePoint[1]));
        return new double[] {pagePoint[0] - scroll.get(0).doubleValue(), pagePoint[1] - scroll.get(1).doubleValue()};
    }
}
