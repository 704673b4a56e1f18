package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same over-limit values end in the same state, with the same words, whether they come (a) in a
 * link, (b) through the JavaScript API (setState on an embedded instance) or (c) from the controls
 * (adding neurons or layers up to the limit, where the + button turns off; the - button turns off at
 * the minimum).
 */
class LimitsIT extends BrowserTest {
    private static final String OVER = "h=300,4&n=20000&batch=50000";
    private static final List<String> OVER_NOTICES = List.of(
            "Points: 20000 is above the limit of 10000; using 10000.",
            "Batch size: 50000 is above the limit of 10000; using 10000.",
            "Neurons in hidden layer 1: 300 is above the limit of 256; using 256.");

    private String notice() {
        return page().locator(".nnp-notice").first().textContent();
    }

    /** (b): the link the JS API's setState gives an embedded instance, and its notices. */
    @SuppressWarnings("unchecked")
    private List<Object> viaApi(String fragment) {
        navigate("/example-post.html");
        return (List<Object>) page().evaluate("f => { const b = document.createElement('div'); document.body.prepend(b);"
                + " const p = NNPlayground.mount(b, {}); return p.setState(f).then(n => p.getState().then(s => [s.link, n])); }",
                fragment);
    }

    @Test
    void neuronsPointsAndBatchSizeAreCutAlikeByLinkApiAndControls() {
        // (a) the link
        open("/?load=a#" + OVER);
        assertThat(page().locator(".nnp-notice").first()).isVisible();
        assertEquals(String.join("\n", OVER_NOTICES), notice());
        new PlaygroundPageObject(page()).pause();
        String viaLink = (String) callApi("pageLink", false);

        // (b) the JavaScript API
        List<Object> api = viaApi(OVER);
        assertEquals(viaLink, api.get(0), "setState ends in the link's state");
        assertEquals(OVER_NOTICES, api.get(1), "and says the same");

        // (c) the controls: the + button reaches the limit and then turns off, the focus staying
        // in its group; the - button turns off at one neuron
        open("/?load=c#h=255,4&n=10000&batch=10000");
        new PlaygroundPageObject(page()).pause();
        assertThat(PageWorkout.key(page(), "neuron-add-0")).isEnabled();
        PageWorkout.key(page(), "neuron-add-0").click();
        assertThat(PageWorkout.key(page(), "neuron-add-0")).isDisabled();
        assertThat(PageWorkout.key(page(), "neuron-remove-0")).isFocused();
        assertThat(PageWorkout.key(page(), "neuron-add-1")).isEnabled();
        assertEquals(viaLink, callApi("pageLink", false), "the controls end in the same state");
        assertThat(PageWorkout.key(page(), "batch")).hasValue("10000");
        open("/?load=d#h=1,4");
        assertThat(PageWorkout.key(page(), "neuron-remove-0")).isDisabled();
        assertThat(PageWorkout.key(page(), "neuron-add-0")).isEnabled();
        assertThat(PageWorkout.key(page(), "neuron-remove-1")).isEnabled();
    }

    @Test
    void hiddenLayersAreCutAlikeByLinkApiAndControls() {
        List<String> widths = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            widths.add("2");
        }
        String over = "h=" + String.join(",", widths) ;
        String notice = "Hidden layers: 20 is above the limit of 16; using 16.";
        open("/?load=a#" + over);
        assertEquals(notice, notice());
        new PlaygroundPageObject(page()).pause();
        String viaLink = (String) callApi("pageLink", false);

        List<Object> api = viaApi(over);
        assertEquals(viaLink, api.get(0));
        assertEquals(List.of(notice), api.get(1));

        // The controls: adding the 16th layer turns the + button off; with no layer, the - button is off.
        open("/?load=c#h=" + String.join(",", widths.subList(0, 15)));
        PageWorkout.key(page(), "layer-add").click();
        assertThat(page().locator(".nnp-layer-count .nnp-count")).hasText("16 hidden layers");
        assertThat(PageWorkout.key(page(), "layer-add")).isDisabled();
        assertThat(PageWorkout.key(page(), "layer-remove")).isEnabled();
        assertEquals(viaLink, callApi("pageLink", false));
        open("/?load=d#h=");
        assertThat(page().locator(".nnp-layer-count .nnp-count")).hasText("0 hidden layers");
        assertThat(PageWorkout.key(page(), "layer-remove")).isDisabled();
        assertThat(PageWorkout.key(page(), "layer-add")).isEnabled();
    }
}
