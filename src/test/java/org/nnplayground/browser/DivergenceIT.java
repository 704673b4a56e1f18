package org.nnplayground.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnplayground.browser.PlaygroundPageObject.GRAPH;
import static org.nnplayground.browser.PlaygroundPageObject.LOSS;
import static org.nnplayground.browser.PlaygroundPageObject.OUTPUT;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Session;

/**
 * Every way of blowing a run up that the page allows ends the same way: training stops, the alert
 * says why and offers a fix that works in one click, no figure on the page reads NaN or infinity,
 * every view is still drawn, and the page still answers a click. The ways: a huge learning rate
 * with SGD, momentum and Adam, ReLU layers, softmax over three classes, and a link that carries a
 * weight as large as a link may hold.
 */
class DivergenceIT extends PlaygroundTest {
    private static final Pattern NOT_A_NUMBER = Pattern.compile("NaN|Infinity|\u221e");

    static Stream<Arguments> ways() {
        List<Arguments> ways = new ArrayList<>();
        String[][] links = {
            {"SGD, rate 10, 1-D curve", "data=sine&out=linear&loss=mse&lr=10&opt=sgd"},
            {"momentum, rate 10, 1-D curve", "data=sine&out=linear&loss=mse&lr=10&opt=momentum"},
            {"Adam, rate 10, ReLU", "data=plane&act=relu,relu&out=linear&loss=mse&lr=10&opt=adam"},
            {"ReLU, rate 3, 2-D regression", "data=plane&act=relu,relu&out=linear&loss=mse&lr=3"},
            {"softmax, rate 10, three classes", "data=blobs&act=linear,linear&out=softmax&loss=ce&lr=10"},
            {"a link with a weight of " + LinkCodec.MAX_WEIGHT, hugeWeightLink()},
        };
        for (String build : new String[] {"wasm", "js"}) {
            for (String[] way : links) {
                ways.add(Arguments.of(build, way[0], way[1]));
            }
        }
        return ways.stream();
    }

    /** A linear network on a 1-D curve whose first weight is the largest a link may carry. */
    private static String hugeWeightLink() {
        PlaygroundState state = LinkCodec.decode("data=sine&act=linear,linear&out=linear&loss=mse&lr=0.03").link().state();
        Network net = new Session(state).trainer().network();
        double[] w = net.parameterBuffer();
        net.copyParametersTo(w);
        w[0] = LinkCodec.MAX_WEIGHT;
        return LinkCodec.encode(LinkState.of(state).withWeights(w, 0));
    }

    @ParameterizedTest(name = "{0} build: {1}")
    @MethodSource("ways")
    void theRunStopsSaysWhyOffersAFixThatWorksAndShowsNoGarbage(String build, String name, String link) {
        open("/?build=" + build + "#" + link);
        PlaygroundPageObject p = new PlaygroundPageObject(page());
        if (!p.playing() && !p.alert().isVisible()) {
            p.play(); // a link with weights opens paused
        }
        assertThat(p.alert()).isVisible();
        assertThat(p.alert()).containsText("Training diverged");
        p.waitUntilPaused();
        p.settle();
        assertNoNumberGarbage("after diverging");
        assertTrue(p.distinctColours(OUTPUT) > 3, "the output is still drawn");
        assertTrue(p.distinctColours(GRAPH) > 3, "the network graph is still drawn");
        assertTrue(p.distinctColours(LOSS) > 3, "the loss chart is still drawn");

        // Still responsive: a control reacts and the chart is drawn again.
        String before = p.pixelHash(LOSS);
        p.checkbox("Log scale").click();
        p.waitForRedraw(LOSS, before);

        Locator fix = p.alert().locator(".nnp-fix");
        assertThat(fix).hasCount(1);
        assertThat(fix).isVisible();
        fix.click();
        assertThat(p.alert()).isHidden();
        assertThat(p.playButton()).hasAttribute("aria-pressed", "true");
        int from = p.epoch();
        p.waitForEpoch(from + 50);
        assertThat(p.alert()).isHidden();
        assertTrue(Double.isFinite(p.trainingLoss()), "a finite loss after the fix");
        assertNoNumberGarbage("after the fix");
        assertNotEquals(0, p.distinctColours(OUTPUT));
    }

    /** No visible text on the page (figures, alert, notices, labels) reads NaN or infinity. */
    private void assertNoNumberGarbage(String when) {
        String text = (String) page().evaluate("() => document.body.innerText");
        assertFalse(NOT_A_NUMBER.matcher(text).find(), when + ", the page shows: " + text);
        List<String> buttons = page().getByRole(AriaRole.BUTTON).allTextContents();
        assertFalse(buttons.stream().anyMatch(b -> NOT_A_NUMBER.matcher(b).find()), when + ": " + buttons);
    }
}
