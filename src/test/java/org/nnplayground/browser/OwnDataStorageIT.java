package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The reader's data kept in the browser's own storage: drawn points, a formula and a table come back
 * after a reload when the reader says restore, and go with one click; storage that is full or refused
 * is said and the page goes on working.
 */
class OwnDataStorageIT extends PlaygroundTest {
    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private void clickOutput(double fx, double fy) {
        Locator canvas = page().locator(".nnp-output-canvas");
        page().waitForFunction("() => !!document.querySelector('.nnp-output-canvas').getAttribute('data-plot')");
        String[] plot = canvas.getAttribute("data-plot").split(",");
        canvas.click(new Locator.ClickOptions().setPosition(Double.parseDouble(plot[0]) + Double.parseDouble(plot[2]) * fx,
                Double.parseDouble(plot[1]) + Double.parseDouble(plot[3]) * fy));
    }

    private String stored() {
        return (String) page().evaluate("() => localStorage.getItem('nn-playground.own-data')");
    }

    @Test
    void drawnPointsAFormulaAndATableComeBackAndGoWithOneClick() {
        openPaused("wasm");
        assertThat(key("restore-offer")).hasCount(0);
        assertEquals(null, stored(), "nothing is kept before the reader makes something");
        key("dataset-own").click(); // a rule, typed for classification
        key("formula").fill("x1 + x2 > 1");
        key("formula").press("Enter");
        key("draw-start").click();
        clickOutput(0.3, 0.3);
        clickOutput(0.6, 0.6);
        clickOutput(0.4, 0.7);
        assertThat(key("draw-count")).hasText("3 points drawn.");
        assertTrue(stored().contains("in-use:7:DRAWING"), stored());

        open("/?build=js&load=1");
        assertThat(key("restore-offer")).containsText("Restore your data?");
        assertThat(key("restore-offer")).containsText("This browser kept a drawing of 3 points and the formula x1 + x2 > 1");
        assertThat(key("dataset-circle")).hasAttribute("aria-pressed", "true");
        key("restore-yes").click();
        assertThat(key("restore-offer")).hasCount(0);
        assertThat(key("draw-count")).hasText("3 points drawn.");
        assertTrue(((String) page().evaluate("() => location.hash")).contains("data=dclasses&pts=c"));
        assertThat(new PlaygroundPageObject(page()).notice()).containsText("Restored a drawing of 3 points");

        // A table too, then the formula in use: the table and the drawing stay kept beside it.
        key("table-text").fill("p,q,r\n1,2,a\n3,1,b\n0,4,a\n2,2,b\n");
        key("table-load").click();
        assertThat(page().locator(".nnp-table-use")).containsText("2 classes of 'r'");
        open("/?build=wasm&load=2");
        assertThat(key("restore-offer")).containsText("a drawing of 3 points, the formula x1 + x2 > 1 and a table from"
                + " the pasted text");
        key("restore-yes").click();
        assertThat(page().locator(".nnp-table-use")).hasText("Training on 4 rows: 2 classes of 'r' (a, b) from p, q.");
        assertThat(page().locator(".nnp-table-summary")).containsText("Read 4 rows of 3 columns from the pasted text");

        // Delete with one click: in the offer ...
        open("/?build=wasm&load=3");
        key("restore-delete").click();
        assertThat(key("restore-offer")).hasCount(0);
        assertEquals(null, stored());
        open("/?build=wasm&load=4");
        assertThat(key("restore-offer")).hasCount(0);
        // ... or in the panel, whatever is in use.
        key("dataset-own").click();
        key("formula").fill("x1 > 2");
        key("formula").press("Enter");
        assertTrue(stored().contains("formula:6:x1 > 2"), stored());
        key("storage-forget").click();
        assertEquals(null, stored());
        assertThat(key("storage-forget")).hasCount(0);
        open("/?build=wasm&load=5");
        assertThat(key("restore-offer")).hasCount(0);
    }

    @Test
    void fullOrRefusedStorageIsSaidAndThePageGoesOn() {
        page().addInitScript("Storage.prototype.setItem = function () {"
                + " throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };");
        PlaygroundPageObject p = openPaused("js");
        key("dataset-own").click();
        key("draw-start").click();
        clickOutput(0.3, 0.3);
        assertThat(key("storage-note")).hasText("Your data could not be kept in this browser: its storage is full."
                + " It stays in this page until the page closes.");
        clickOutput(0.7, 0.7);
        assertThat(key("draw-count")).hasText("2 points drawn.");
        p.playButton().click();
        p.waitForEpoch(5);
        p.pause();

        useContext(new Browser.NewContextOptions());
        page().addInitScript("Object.defineProperty(window, 'localStorage', { get: function () {"
                + " throw new DOMException('The operation is insecure.', 'SecurityError'); } });");
        PlaygroundPageObject q = openPaused("wasm");
        assertThat(key("storage-note")).containsText("it refuses storage here (a private window or a setting)");
        key("dataset-own").click();
        key("draw-start").click();
        clickOutput(0.5, 0.5);
        assertThat(key("draw-count")).hasText("1 point drawn.");
        q.stepEpochs(2);
    }
}
