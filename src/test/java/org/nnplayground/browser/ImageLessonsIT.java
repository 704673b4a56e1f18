package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ReducedMotion;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.ImageLessonsTest;
import org.nnplayground.core.state.lab.LabLesson;
import org.nnplayground.core.state.lab.LabLessons;
import org.nnplayground.core.view.lab.ImageGridPainter;

/**
 * The image lessons and views as a person meets them, one page per build: each lesson trains to the
 * JVM's bits (labFingerprint against ImageLessonsTest's constants); the edge lesson, stepped two
 * epochs, gets every shown test image right and says so; a click and the keyboard select images
 * (the link and the feature maps follow); hovering a filter reads a weight; the pad paints by
 * keyboard and pointer and the network answers; the address moves on to the next lesson, whose
 * filters span channels; axe-core finds nothing serious there.
 */
class ImageLessonsIT extends BrowserTest {
    private static final String[] FINGERPRINTS = {ImageLessonsTest.EDGE_FINGERPRINT, ImageLessonsTest.WHY_FINGERPRINT,
            ImageLessonsTest.DIGITS_FINGERPRINT};
    private static final List<String> IDS = List.of("edge", "why-convolution", "digits");

    private String label(String selector) {
        return page().locator(selector).getAttribute("aria-label");
    }

    private String hash() {
        return (String) page().evaluate("() => location.hash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theImageLessonsTrainAsOnTheJvmAndTheirViewsAnswerClicksKeysAndDrawing(String build) {
        LabLesson edge = LabLessons.byId("edge");
        // Reduced motion: the lesson waits for Play instead of starting at once, so the steps below are the only training.
        useContext(new com.microsoft.playwright.Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE));
        open("/?build=" + build + "#" + LabLinks.of(edge));
        assertThat(page().locator(".nnp-lab-lesson h2")).hasText("One filter learns an edge");
        for (int i = 0; i < IDS.size(); i++) {
            assertEquals(FINGERPRINTS[i], callApi("labFingerprint", LabLinks.of(LabLessons.byId(IDS.get(i))),
                    ImageLessonsTest.FINGERPRINT_EPOCHS), IDS.get(i));
        }
        Locator grid = page().locator(".nnp-image-grid canvas");
        assertThat(grid).hasAttribute("aria-label", Pattern.compile("The first 24 of 200 test images, each with its label; not trained yet"));
        page().locator("[data-key='step']").click();
        page().locator("[data-key='step']").click();
        page().waitForFunction("() => window.nnPlaygroundReady.then(r => r.api.pageLabEpoch() === 2)");
        assertThat(grid).hasAttribute("aria-label", Pattern.compile("24 right, 0 wrong\\."));
        assertThat(page().locator(".nnp-image-accuracy")).containsText("Test accuracy 100.0% of 200 images");
        assertThat(page().locator(".nnp-image-output canvas").last()).hasAttribute("aria-label",
                Pattern.compile("Confusion matrix of the 200 test images.*200 right, accuracy 100.0%"));

        // A click on the fourth image selects it: the link and the feature maps follow.
        double width = ((Number) grid.evaluate("c => c.clientWidth")).doubleValue();
        ImageGridPainter.Layout layout = ImageGridPainter.layout(width, 24);
        grid.click(new Locator.ClickOptions().setPosition(layout.x(3) + layout.cell() / 2, layout.y(3) + layout.cell() / 2));
        page().waitForFunction("() => location.hash.includes('&sel=4')");
        assertThat(page().locator(".nnp-image-features figcaption")).containsText("Feature maps of image 4");
        // The keyboard moves on one image and selects it.
        grid.focus();
        page().keyboard().press("ArrowRight");
        page().keyboard().press("Enter");
        page().waitForFunction("() => location.hash.includes('&sel=5')");
        assertThat(page().locator(".nnp-image-grid .nnp-image-readout")).containsText("Image 5: ");

        // Hovering the first weight of the first filter reads it.
        Locator filters = page().locator(".nnp-image-filters canvas");
        filters.hover(new Locator.HoverOptions().setPosition(5, 22));
        assertThat(page().locator(".nnp-image-filters .nnp-image-readout"))
                .hasText(Pattern.compile("Layer 1, filter 1, row 1, column 1: weight -?[0-9.]+"));
        assertTrue(new PlaygroundPageObject(page()).distinctColours(".nnp-image-filters canvas") > 4, "the filters are drawn");

        // The pad: Space paints at the cursor, Backspace clears, a pointer stroke paints.
        Locator pad = page().locator(".nnp-image-pad");
        pad.focus();
        page().keyboard().press("Space");
        assertThat(pad).hasAttribute("aria-label", Pattern.compile("5 pixels painted"));
        assertThat(page().locator(".nnp-image-draw .nnp-image-readout")).containsText("The network says ");
        page().keyboard().press("Backspace");
        assertThat(pad).hasAttribute("aria-label", Pattern.compile("empty"));
        BoundingBox box = pad.boundingBox();
        page().mouse().move(box.x + box.width / 2, box.y + 4);
        page().mouse().down();
        page().mouse().move(box.x + box.width / 2, box.y + box.height - 4, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page().mouse().up();
        assertThat(pad).hasAttribute("aria-label", Pattern.compile("[0-9]+ pixels painted"));
        assertThat(page().locator(".nnp-image-draw canvas").nth(1)).hasAttribute("aria-label",
                Pattern.compile("The network says vertical"));
        // A click on the first filter's first weight edits it, as on the points' graph: the network changes, a number is required.
        String before = (String) callApi("pageLabFingerprint");
        filters.click(new Locator.ClickOptions().setPosition(5, 22));
        Locator editor = page().locator("[data-key=filter-weight]");
        assertThat(editor).isFocused();
        editor.fill("2.5");
        editor.press("Enter");
        assertThat(page().locator(".nnp-image-filters .nnp-image-readout"))
                .hasText(Pattern.compile("Layer 1, filter 1, row 1, column 1: weight 2\\.5"));
        assertTrue(!before.equals(callApi("pageLabFingerprint")), "the typed weight is in the network");
        editor.fill("lots");
        editor.press("Enter");
        assertThat(page().locator(".nnp-lab-notice")).containsText("a weight must be a number");

        // The address opens the next lesson in place: its filters span the channels of the layer before.
        page().evaluate("h => { location.hash = h; }", LabLinks.of(LabLessons.byId("why-convolution")));
        assertThat(page().locator(".nnp-lab-lesson h2")).hasText("Why convolution");
        assertThat(filters).hasAttribute("aria-label", Pattern.compile("Layer 2: 16 filters of 3\u00d73 over 8 channels"));
        assertThat(grid).hasAttribute("aria-label", Pattern.compile("The first 24 of 200 test images"));
        assertTrue(label(".nnp-image-features canvas").contains("GlobalMaxPool: 16 values"), label(".nnp-image-features canvas"));

        if (build.equals("wasm")) { // the markup is the same in both builds
            List<String> serious = new java.util.ArrayList<>();
            for (Rule rule : new AxeBuilder(page()).analyze().getViolations()) {
                if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                    serious.add(rule.getId() + ": " + rule.getNodes().stream().map(n -> n.getHtml()).toList());
                }
            }
            assertEquals(List.of(), serious, "serious or critical axe violations on an image lesson");
        }
    }
}
