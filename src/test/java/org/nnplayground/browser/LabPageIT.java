package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.state.lab.ImageTrace;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceTrace;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.view.lab.GradientTimePainter;
import org.nnplayground.core.view.lab.ImageViewText;

/**
 * The sequence and image playground as a reader meets it: opened by link or from the points page's
 * problem menu, trained by Play, edited through its controls (a change that does not fit is refused
 * with its sentence, the run kept), its address following it, and the same bits in the JVM and both
 * builds for every problem's start. One page per build.
 */
class LabPageIT extends BrowserTest {
    private static final List<String> PROBLEMS = List.of("echo", "parity", "parity-end", "sum", "count", "adding", "sine",
            "text", "bars", "shapes", "digits");
    private static final int EPOCHS = 2;

    private static String jvmFingerprint(String link) {
        LabSession session = new LabSession(LabLinks.decode(link).state());
        session.stepEpochs(EPOCHS);
        return session.trainer().network().fingerprint().hex();
    }

    private String hash() {
        return (String) page().evaluate("() => location.hash");
    }

    /** Types {@code value} into the field {@code key} and commits it with Enter. */
    private void enter(String key, String value) {
        Locator field = page().locator("[data-key=" + key + "]");
        field.fill(value);
        field.press("Enter");
    }

    private int epoch() {
        return ((Number) callApi("pageLabEpoch")).intValue();
    }

    @ParameterizedTest(name = "{0} build")
    @ValueSource(strings = {"wasm", "js"})
    void everyProblemStartsTrainsAndReplaysTheJvmsBits(String build) {
        open("/?build=" + build + "#lab=echo");
        Locator problem = page().locator("[data-key=lab-problem]");
        assertThat(problem).hasValue("echo");
        page().waitForFunction("() => window.nnPlaygroundReady.then(r => r.api.pageLabEpoch() >= 3)");
        page().locator("[data-key=play]").click();
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        int paused = epoch();
        page().waitForTimeout(300);
        assertEquals(paused, epoch(), "paused, it trains no more");
        page().locator("[data-key=step]").click();
        assertEquals(paused + 1, epoch());
        assertThat(page().locator(".nnp-lab-loss-canvas")).hasAttribute("aria-label",
                java.util.regex.Pattern.compile("at epoch \\d+ the training loss is"));
        for (String id : PROBLEMS) {
            String link = LabLinks.encode(LabState.defaultFor(id, 1), Speed.DEFAULT, 0);
            assertEquals(jvmFingerprint(link), callApi("labFingerprint", link, EPOCHS), id + " in the " + build + " build");
        }
        problem.selectOption("digits");
        page().waitForFunction("() => location.hash.startsWith('#lab=digits&side=12')");
        assertThat(page().locator("[data-key=lab-layers]")).hasValue("c8k3s1-relu,max,c16k3s1-relu,max");
    }

    /**
     * A trace too large for one frame (the views through time of a long sequence through wide LSTM
     * layers) is worked out over frames after the weights change: the views keep drawing, and then show
     * the trace of the weights they were given, as the JVM computes it.
     */
    @Test
    void aLargeTraceOfNewWeightsComesOverTheFramesAsTheJvmComputesIt() {
        String link = "lab=sine&len=200&period=10&noise=0&n=20&train=0.8&cell=lstm&h=64,64&trunc=0&seed=1&lr=0.01"
                + "&batch=4&opt=sgd&clip=1&speed=1&sel=0";
        LabSession session = new LabSession(LabLinks.decode(link).state());
        assertTrue(3 * session.trainer().network().forwardCost() > 10_000_000, "beyond what a frame works out at once");
        open("/#" + link);
        Locator gradient = page().locator(".nnp-lab-gradient-canvas");
        assertThat(gradient).hasAttribute("aria-label", java.util.regex.Pattern.compile("dLoss/dh"));
        page().locator("[data-key=play]").click(); // pause
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        page().locator("[data-key=step]").click();
        page().locator("[data-key=step]").click();
        int epochs = epoch();
        session.stepEpochs(epochs);
        String expected = GradientTimePainter.describe(SequenceTrace.of(session, true, 0));
        assertThat(gradient).hasAttribute("aria-label", expected);
        assertEquals(epochs, epoch(), "paused, the page only worked out the trace");
    }

    /**
     * An image too large to trace in one frame (wide 7 x 7 convolutions on 16 x 16 pixels) is traced
     * again over frames when the weights change: the output view then shows the class probabilities
     * of the weights it was given, as the JVM computes them.
     */
    @Test
    void aLargeImageTraceOfNewWeightsComesOverTheFramesAsTheJvmComputesIt() {
        String link = "lab=shapes&side=16&n=20&noise=0&train=0.8&shift=0&layers=c32k7s1-relu,c32k7s1-relu&dense="
                + "&seed=1&lr=0.01&batch=4&opt=sgd&clip=1&speed=1&sel=1";
        LabSession session = new LabSession(LabLinks.decode(link).state());
        assertTrue(session.trainer().network().forwardCost() > 10_000_000, "beyond what a frame traces at once");
        open("/#" + link);
        Locator bars = page().locator(".nnp-image-output canvas").first();
        assertThat(bars).hasAttribute("aria-label", java.util.regex.Pattern.compile("%"));
        page().locator("[data-key=play]").click(); // pause
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        page().locator("[data-key=step]").click();
        int epochs = epoch();
        session.stepEpochs(epochs);
        ImageSet test = session.sets().images().test();
        String expected = ImageViewText.probabilities(test.problem().classNames(),
                ImageTrace.of(session.trainer().network(), test, 0).probabilities(), test.label(0));
        assertThat(bars).hasAttribute("aria-label", expected);
        assertEquals(epochs, epoch(), "paused, the page only traced the image");
    }

    /** A large character model's sample is written over frames, and it is the sample the JVM writes. */
    @Test
    void aLargeModelsSampleComesOverTheFramesAsTheJvmWritesIt() {
        String link = "lab=text&len=25&n=60&train=0.8&cell=lstm&h=64,64&emb=16&trunc=0&seed=1&lr=0.01&batch=8&opt=sgd"
                + "&clip=1&speed=1";
        LabSession session = new LabSession(LabLinks.decode(link).state());
        assertTrue(TextWriting.SAMPLE_LENGTH * TextWriting.characterWork(session) > 10_000_000, "beyond what a frame writes at once");
        open("/#" + link);
        page().locator("[data-key=play]").click(); // pause
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        page().locator("[data-key=step]").click();
        page().locator("[data-key=lab-write]").click();
        session.stepEpochs(epoch());
        assertThat(page().locator(".nnp-lab-sample-text")).hasText(TextWriting.sample(session, TextWriting.DEFAULT_TEMPERATURE, 1));
    }

    @Test
    void aBrokenLinkAndAnEditThatDoesNotFitSayWhyAndKeepTheRun() {
        open("/#lab=echo&len=abc&delay=3&h=12");
        Locator notice = page().locator(".nnp-lab-notice");
        assertThat(notice).containsText("Ignored len='abc'");
        assertThat(page().locator("[data-key=lab-delay]")).hasValue("3");
        assertThat(page().locator("[data-key=lab-hidden]")).hasValue("12");
        page().locator("body").press(" "); // Space pauses, as on the points page
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        int at = epoch();
        page().locator("body").press("s");
        assertEquals(at + 1, epoch(), "S steps one epoch");
        String before = hash();
        Locator hidden = page().locator("[data-key=lab-hidden]");
        hidden.fill("0");
        hidden.press("Enter");
        assertThat(notice).containsText("Hidden units: 0 is below the minimum of 1");
        assertThat(hidden).hasValue("12");
        assertEquals(before, hash());
        Locator delay = page().locator("[data-key=lab-delay]");
        delay.fill("10");
        delay.press("Enter");
        assertThat(notice).containsText("Delay: 10 is not allowed; use 1 to 9");
        Locator cell = page().locator("[data-key=lab-cell]");
        cell.selectOption("lstm");
        page().waitForFunction("() => location.hash.includes('cell=lstm')");
        assertThat(notice).isHidden();
        assertTrue(hash().contains("h=12"), hash());
        enter("lab-rate", "0.05");
        page().waitForFunction("() => location.hash.includes('lr=0.05')");
        enter("lab-batch", "2.5");
        assertThat(notice).containsText("Batch size: '2.5' is not a whole number");
        assertThat(page().locator("[data-key=lab-batch]")).not().hasValue("2.5");
        page().evaluate("() => { location.hash = '#lab=sine&period=7'; }");
        assertThat(page().locator("[data-key=lab-period]")).hasValue("7");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("sine");
        enter("lab-noise", "0.1");
        page().waitForFunction("() => location.hash.includes('noise=0.1')");
        assertTrue(hash().contains("period=7"), "the other settings stay: " + hash());
        page().evaluate("() => { location.hash = '#lab=digits'; }");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("digits");
        enter("lab-shift", "1");
        page().waitForFunction("() => location.hash.includes('shift=1')");
        enter("lab-dense", "16");
        page().waitForFunction("() => location.hash.includes('dense=16')");
        enter("lab-count", "2.5");
        assertThat(notice).containsText("Images: '2.5' is not a whole number");
    }

    @Test
    void thePointsPageOpensTheSequencesAndTheyOpenThePointsAgainWithoutOverflowOnAPhone() {
        page().setViewportSize(360, 800);
        open("/");
        page().locator("[data-key=problem]").selectOption("lab:echo");
        page().waitForFunction("() => location.hash.startsWith('#lab=echo')");
        assertThat(page().locator("[data-key=lab-problem]")).hasValue("echo");
        assertTrue((Boolean) page().evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth"),
                "nothing wider than a phone");
        page().locator("[data-key=lab-problem]").selectOption("points");
        page().waitForFunction("() => location.hash.startsWith('#v=1')");
        assertThat(page().locator("[data-key=problem]")).isVisible();
        page().setViewportSize(700, 800);
        page().locator("[data-key=problem]").selectOption("lab:digits");
        page().waitForFunction("() => location.hash.startsWith('#lab=digits')");
        assertTrue((Boolean) page().evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth"));
    }

    /**
     * An embedded sequence playground: the element mounts it from its link, trains, answers the
     * element's API, and turns into an image or points playground in place when given such a link.
     */
    @Test
    void anEmbeddedSequencePlaygroundTrainsAnswersItsApiAndTurnsIntoTheOtherKind() {
        page().route("**/lab-host.html*", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setContentType("text/html; charset=utf-8").setBody("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>post</title><script src=\"nn-playground.js\" defer></script></head><body><h1>A post</h1>"
                        + "<div id=\"seq\"></div></body></html>")));
        navigate("/lab-host.html");
        page().waitForFunction("() => window.NNPlayground !== undefined");
        page().evaluate("() => { window.seq = NNPlayground.mount(document.getElementById('seq'), { link: 'lab=echo&h=6', autoplay: true }); }");
        page().waitForFunction("async () => (await window.seq.getState()).epoch >= 2");
        String link = (String) page().evaluate("async () => (await window.seq.getState()).link");
        assertTrue(link.startsWith("lab=echo&") && link.contains("h=6"), link);
        assertEquals(Boolean.TRUE, page().evaluate("() => !!document.getElementById('seq').shadowRoot"
                + ".querySelector('.nnp-lab [data-key=lab-problem]')"));
        page().evaluate("async () => { await window.seq.setState('lab=bars'); }");
        String bars = (String) page().evaluate("async () => (await window.seq.getState()).link");
        assertTrue(bars.startsWith("lab=bars&"), bars);
        page().evaluate("async () => { await window.seq.setState('preset=xor'); }");
        String xor = (String) page().evaluate("async () => (await window.seq.getState()).link");
        assertTrue(xor.contains("preset=xor"), xor);
        assertEquals(Boolean.TRUE, page().evaluate("() => !document.getElementById('seq').shadowRoot.querySelector('.nnp-lab')"));
    }

    /**
     * Every lesson at a phone's, a tablet's and a desktop's width: it opens from its short link with
     * its caption, nothing is wider than the window, every view shown has drawn on a canvas of some
     * size, and the page reports no error (the base class fails a test on any page error).
     */
    @Test
    void everyLessonOpensAtEveryWidthWithItsViewsDrawnAndNothingWiderThanTheWindow() {
        List<org.nnplayground.core.state.lab.LabLesson> lessons = org.nnplayground.core.state.lab.LabLessons.all();
        assertTrue(lessons.size() >= 7, "lessons: " + lessons.size());
        open("/#lab=echo");
        for (int width : new int[] {360, 700, 1280}) {
            page().setViewportSize(width, 900);
            for (org.nnplayground.core.state.lab.LabLesson lesson : lessons) {
                page().evaluate("id => { location.hash = '#lesson=' + id; }", lesson.id());
                assertThat(page().locator(".nnp-lab-lesson h2")).hasText(lesson.title());
                page().waitForFunction("() => [...document.querySelectorAll('.nnp-lab-view:not([hidden]) canvas')]"
                        + ".filter(c => c.offsetParent !== null).every(c => c.width > 0 && c.height > 0)");
                assertTrue((Boolean) page().evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth"),
                        lesson.id() + " at " + width + " px is wider than the window");
            }
        }
    }

    /**
     * A recurrent layer's weight is edited from the cell diagram, as a link on the points' graph:
     * a click on the layer opens the editor on it, the typed value goes into the live network (its
     * fingerprint changes, the epoch does not), and a value that is not a number is refused.
     */
    @Test
    void aRecurrentWeightIsEditedFromTheCellDiagram() {
        open("/#lab=echo&h=3");
        page().locator("body").press(" "); // pause
        assertThat(page().locator("[data-key=play]")).hasText("Play");
        Locator cells = page().locator(".nnp-lab-cells canvas");
        cells.focus();
        page().keyboard().press("ArrowRight"); // from the input to the Elman layer
        page().keyboard().press("Enter");
        Locator editor = page().locator(".nnp-lab-weight-editor");
        assertThat(editor).isVisible();
        assertThat(editor.locator("legend")).containsText("recurrent layer 1: Elman of 3 units");
        page().locator("[data-key=weight-block]").selectOption("1"); // Wh
        int epoch = epoch();
        String before = (String) callApi("pageLabFingerprint");
        page().locator("[data-key=weight-row]").fill("2");
        page().locator("[data-key=weight-column]").fill("3");
        page().locator("[data-key=weight-value]").fill("0.75");
        page().locator("[data-key=weight-set]").click();
        assertThat(editor.locator("output")).containsText("Now 0.75");
        assertTrue(!before.equals(callApi("pageLabFingerprint")), "the weight is in the network");
        assertEquals(epoch, epoch(), "an edit is not a reset");
        page().locator("[data-key=weight-value]").fill("many");
        page().locator("[data-key=weight-set]").click();
        assertThat(page().locator(".nnp-lab-notice")).containsText("a weight must be a number");
        page().locator("[data-key=weight-row]").fill("9");
        page().locator("[data-key=weight-value]").fill("1");
        page().locator("[data-key=weight-set]").click();
        assertThat(page().locator(".nnp-lab-notice")).containsText("there is no entry");
    }
}
