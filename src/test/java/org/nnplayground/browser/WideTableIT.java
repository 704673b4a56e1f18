package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * A table of four inputs: every column but the last is an input, the output view shows a slice over
 * two chosen ones (choosing others changes the picture, not the training), a plot of predicted
 * against actual shows every row, and the data's CSV holds every input column.
 */
class WideTableIT extends PlaygroundTest {
    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder("a,b,c,d,kind\n");
        Rng rng = new Rng(21);
        for (int i = 0; i < 300; i++) {
            double a = Math.round(rng.uniform(-3, 3) * 100) / 100.0;
            double b = Math.round(rng.uniform(-3, 3) * 100) / 100.0;
            double c = Math.round(rng.uniform(-3, 3) * 100) / 100.0;
            double d = Math.round(rng.uniform(-3, 3) * 100) / 100.0;
            csv.append(a).append(',').append(b).append(',').append(c).append(',').append(d).append(',')
                    .append(a + c > 0 ? "right" : "left").append('\n');
        }
        return csv.toString();
    }

    @Test
    void aFourInputTableShowsASliceAndPredictedAgainstActual() {
        PlaygroundPageObject p = openPaused("wasm");
        key("dataset-own").click();
        assertThat(page().locator(".nnp-predicted")).isHidden();
        key("table-text").fill(csv());
        key("table-load").click();
        assertThat(page().locator(".nnp-table-summary")).hasText("Read 300 rows of 5 columns from the pasted text"
                + " (comma, with a header).");
        assertThat(page().locator(".nnp-table-use")).hasText("Training on 300 rows: 2 classes of 'kind' (left, right)"
                + " from a, b, c, d.");
        for (int c = 0; c < 4; c++) {
            assertThat(key("table-input-" + c)).isChecked();
        }
        assertThat(key("table-input-4")).not().isChecked();
        assertEquals("a", PlaygroundPageObject.chosen(key("table-across")));
        assertEquals("b", PlaygroundPageObject.chosen(key("table-up")));
        assertThat(page().locator(".nnp-features")).hasCount(0); // the columns are the inputs
        assertTrue(p.graphDescription().contains("4 inputs"), p.graphDescription());
        assertThat(page().locator(".nnp-predicted")).isVisible();
        assertThat(key("predicted-canvas")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("Predicted against actual: [0-9.]+ % of the 300 rows are predicted in"
                        + " their class"));

        p.playButton().click();
        p.waitForEpoch(40);
        p.pause();
        int epoch = p.epoch();
        assertThat(page().locator(".nnp-metrics")).containsText("% right");
        String label = key("predicted-canvas").getAttribute("aria-label");
        double accuracy = Double.parseDouble(label.replaceAll(".*: ([0-9.]+) %.*", "$1"));
        assertTrue(accuracy > 80, "a + c > 0 is learned from all four inputs: " + label);

        // Across: c. The slice over (c, b) differs from the one over (a, b); the training does not move.
        page().waitForFunction("() => document.querySelector('.nnp-output-canvas').getAttribute('data-grid-complete') === 'true'");
        String before = p.pixelHash(".nnp-output-canvas");
        PlaygroundPageObject.choose(key("table-across"), "c");
        assertEquals("c", PlaygroundPageObject.chosen(key("table-across")));
        p.waitForRedraw(".nnp-output-canvas", before);
        assertEquals(epoch, p.epoch(), "choosing the inputs shown keeps the training");
        // Up: c too, so the two swap.
        PlaygroundPageObject.choose(key("table-up"), "c");
        assertEquals("b", PlaygroundPageObject.chosen(key("table-across")));
        assertEquals("c", PlaygroundPageObject.chosen(key("table-up")));
        assertEquals(epoch, p.epoch());

        // Fewer inputs: a and c alone; the slice and the plot go, the features come back.
        key("table-input-1").uncheck();
        key("table-input-3").uncheck();
        assertThat(page().locator(".nnp-table-use")).containsText("from a, c.");
        assertThat(page().locator(".nnp-predicted")).isHidden();
        assertThat(key("table-across")).hasCount(0);
        assertThat(page().locator(".nnp-features")).hasCount(1);
        key("table-input-1").check();
        key("table-input-3").check();
        assertThat(page().locator(".nnp-predicted")).isVisible();

        // The data's CSV holds every input column (ExportIT checks the model's exports of such a table).
        String csv = (String) page().evaluate("() => window.nnPlayground.exportModel('csv')");
        String[] lines = csv.split("\r\n");
        assertEquals("x1,x2,x3,x4,label,set", lines[0]);
        assertEquals(301, lines.length, "a header and the 300 rows");
        assertTrue(lines[1].matches("(-?[0-9.]+,){4}[01],(train|test)"), lines[1]);
        assertTrue(p.distinctColours(".nnp-predicted-canvas") > 3, "the confusion table is drawn");
    }
}
