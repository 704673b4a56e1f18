package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.lab.CharacterLoss;
import org.nnplayground.core.state.lab.LabLessons;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.TextLessonsTest;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.text.NumberFormat;

/**
 * The tiny language model lesson in both builds, on one page each: its views (the bars after a
 * typed prefix, the sample and another draw, the loss per character), the same weights and the same
 * sample as the JVM after the same epochs, and the reader's own text with its refusals.
 */
class TextLessonsIT extends BrowserTest {

    private Locator key(String dataKey) {
        return page().locator("[data-key='" + dataKey + "']");
    }

    private int epoch() {
        return ((Number) callApi("pageLabEpoch")).intValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void theTinyLanguageModelShowsItsBarsWritesItsSampleAndReadsTheReadersText(String build) {
        useContext(new Browser.NewContextOptions().setReducedMotion(ReducedMotion.REDUCE).setViewportSize(1280, 1000));
        String link = LabLinks.of(LabLessons.byId("tiny-lm"));
        open("/?build=" + build + "#" + link);
        assertThat(page().locator("html")).hasAttribute("data-build", build.equals("js") ? "js" : "wasm-gc");
        assertThat(page().locator(".nnp-lab-lesson h2")).hasText("A tiny language model");
        assertEquals(0, epoch(), "reduced motion: the lesson waits");

        // The same run in the JVM, for the figures the page must show.
        LabSession jvm = new LabSession(LabLinks.decode(link).state());
        assertThat(page().locator(".nnp-lab-sample-text")).hasText(TextWriting.sample(jvm, 0.8, 0));

        int epochs = TextLessonsTest.FINGERPRINT_EPOCHS;
        for (int i = 0; i < epochs; i++) {
            key("step").click();
        }
        page().waitForFunction("n => window.nnPlaygroundReady.then(r => r.api.pageLabEpoch() === n)", epochs);
        jvm.stepEpochs(epochs);
        assertEquals(TextLessonsTest.TINY_LM_FINGERPRINT, callApi("pageLabFingerprint"));
        assertEquals(TextLessonsTest.TINY_LM_FINGERPRINT, callApi("labFingerprint", LabLinks.of(LabLessons.byId("tiny-lm")), epochs));

        // The bars after the start of the text, then after a typed prefix; a character the text lacks is refused.
        Locator bars = page().locator(".nnp-lab-bars-canvas");
        assertThat(bars).hasAttribute("aria-label", java.util.regex.Pattern.compile("^Likeliest next characters after \u201Ca network \u201D: "));
        assertTrue(new PlaygroundPageObject(page()).distinctColours(".nnp-lab-bars-canvas") > 3, "the bars are drawn");
        key("lab-prefix").fill("the stat");
        assertThat(bars).hasAttribute("aria-label", java.util.regex.Pattern.compile("after \u201Cthe stat\u201D: "));
        key("lab-prefix").fill("Quiet");
        assertThat(page().locator(".nnp-lab-prefix-message")).hasText("The prefix has 'Q', which the text does not have.");
        key("lab-prefix").fill("the ");

        // The sample at this epoch is the JVM's, and Write draws the next one.
        Locator sample = page().locator(".nnp-lab-sample-text");
        assertThat(sample).hasText(TextWriting.sample(jvm, 0.8, 0));
        assertThat(page().locator(".nnp-lab-sample-about")).containsText("epoch " + epochs);
        key("lab-write").click();
        assertThat(sample).hasText(TextWriting.sample(jvm, 0.8, 1));
        assertThat(page().locator(".nnp-lab-sample-about")).containsText("(draw 2)");
        key("lab-temperature").fill("20");
        key("lab-temperature").press("Enter");
        assertThat(page().locator(".nnp-lab-notice")).containsText("Temperature: 20 is not allowed; use 0.01 to 10");
        key("lab-temperature").fill("0.5");
        key("lab-temperature").press("Enter");
        assertThat(sample).hasText(TextWriting.sample(jvm, 0.5, 1));
        assertThat(page()).hasURL(java.util.regex.Pattern.compile("&temp=0\\.5$"));

        if (build.equals("wasm")) { // the markup is the same in both builds
            for (Rule rule : new AxeBuilder(page()).include(".nnp-lab-views").analyze().getViolations()) {
                assertTrue(!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact()),
                        "axe in the views: " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().get(0).getHtml());
            }
        }

        // Loss per character and perplexity, as the JVM has them.
        CharacterLoss loss = CharacterLoss.of(jvm);
        Locator table = page().locator(".nnp-lab-perplexity-table");
        assertThat(table.locator("tbody tr").nth(0)).containsText(NumberFormat.fixed(loss.train(), 3));
        assertThat(table.locator("tbody tr").nth(1)).containsText(NumberFormat.fixed(loss.testPerplexity(), 2));
        assertThat(table.locator("tbody tr").nth(2)).containsText("2.772");

        // The reader's text: too short for the windows, then too long (cut, with the notice), then the default again.
        key("lab-text").fill("to be or not to be");
        key("lab-text-apply").click();
        assertThat(page().locator(".nnp-lab-notice")).hasText(
                "Sequence length: 25 is not allowed for a text of 18 characters; use 1 to 17");
        assertEquals(epochs, epoch(), "a refused text keeps the run");
        String longText = "to be or not to be, that is the question. ".repeat(240); // 10,080 characters
        key("lab-text").fill(longText);
        assertThat(page().locator(".nnp-lab-text-count")).hasText("10,080 characters, only the first 10,000 are used");
        key("lab-text-apply").click();
        assertThat(page().locator(".nnp-lab-notice")).hasText("Text length: 10080 is above the limit of 10000; using 10000.");
        assertEquals(0, epoch());
        assertThat(key("lab-prefix")).hasValue("to be or ");
        assertThat(page().locator(".nnp-lab-sample-start")).hasText("to be or ");
        assertTrue(page().url().contains("text=to%20be"), page().url());
        assertNotEquals(TextLessonsTest.TINY_LM_FINGERPRINT, callApi("pageLabFingerprint"));
        key("lab-text-default").click();
        assertThat(key("lab-prefix")).hasValue("a network ");
        assertThat(page().locator(".nnp-lab-notice")).isHidden();

        // A link with the sample temperature sets the control and writes at it; a bad one keeps the default, with a notice.
        page().evaluate("l => { location.hash = l; }", "#" + link + "&temp=1.5");
        assertThat(key("lab-temperature")).hasValue("1.5");
        assertThat(sample).hasText(TextWriting.sample(new LabSession(LabLinks.decode(link).state()), 1.5, 0));
        assertThat(page().locator(".nnp-lab-sample-about")).containsText("temperature 1.5");
        assertThat(page()).hasURL(java.util.regex.Pattern.compile("&temp=1\\.5$"));
        page().evaluate("l => { location.hash = l; }", "#" + link + "&temp=abc");
        assertThat(page().locator(".nnp-lab-notice")).hasText("Ignored temp='abc': not a number; 0.8 is used.");
        assertThat(key("lab-temperature")).hasValue("0.8");
        assertThat(sample).hasText(TextWriting.sample(new LabSession(LabLinks.decode(link).state()), 0.8, 0));
        assertThat(page()).not().hasURL(java.util.regex.Pattern.compile("temp="));
    }
}
