package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.train.Trainer;

class LinkCodecTest {
    private static LinkCodec.Decoded decode(String fragment) {
        return LinkCodec.decode(fragment);
    }

    @Test
    void randomValidStatesSurviveTheRoundTripExactly() {
        Rng rng = new Rng(20261128);
        for (int i = 0; i < 3000; i++) {
            LinkState link = LinkStates.random(rng);
            String fragment = LinkCodec.encode(link);
            LinkCodec.Decoded back = decode(fragment);
            assertEquals(List.of(), back.notices(), fragment);
            assertEquals(link, back.link(), fragment);
            assertEquals(fragment, LinkCodec.encode(back.link()), "one state, one link");
        }
    }

    @Test
    void aFormulaTravelsInTheLinkAndReplaysItsData() {
        PlaygroundState circle = Presets.defaultPreset().state();
        PlaygroundState typed = StateEdits.withDataset(circle, DatasetKind.FORMULA_RULE);
        typed = typed.withData(typed.data().withFormula("x1 > 0 and x2 < 2 * sin(x1)"));
        String fragment = LinkCodec.encode(LinkState.of(typed));
        assertTrue(fragment.contains("&data=frule&formula=x1%20%3E%200%20and%20x2%20%3C%202%20%2A%20sin%28x1%29&"), fragment);
        LinkCodec.Decoded back = decode(fragment);
        assertEquals(List.of(), back.notices());
        assertEquals(typed, back.link().state());
        assertFalse(LinkCodec.encode(LinkState.of(circle)).contains("formula="), "only formula data writes one");
        LinkCodec.Decoded typedByHand = decode("#data=fcurve&formula=x^2-1&out=linear&loss=mse");
        assertEquals("x^2-1", typedByHand.link().state().data().formula(), typedByHand.notices().toString());
    }

    @Test
    void aBadFormulaInALinkIsNamedWithItsPositionAndTheDefaultUsed() {
        LinkCodec.Decoded d = decode("#data=frule&formula=x1%20*%20%3E%200");
        assertEquals("x1 * x2 > 0", d.link().state().data().formula());
        assertEquals(List.of("The formula in the link, 'x1 * > 0', cannot be used (at 6: expected a number, a name"
                + " or '(' after '*', found '>'); using x1 * x2 > 0."), d.notices());
        LinkCodec.Decoded nowhere = decode("#data=fcurve&formula=sqrt(-1-x%5E2)&out=linear&loss=mse");
        assertEquals(DatasetKind.FORMULA_CURVE.defaultFormula(), nowhere.link().state().data().formula());
        assertTrue(nowhere.notices().get(0).contains("undefined at every one"), nowhere.notices().toString());
    }

    @Test
    void aLinkNamingATableSaysThatTablesStayInThePage() {
        LinkCodec.Decoded d = decode("#data=tmulti&n=200&lr=0.1");
        assertEquals(DatasetKind.CIRCLE, d.link().state().data().kind());
        assertEquals(200, d.link().state().data().points(), "the link's other settings are kept");
        assertEquals(List.of("The link's data is a table (data=tmulti); a table stays in the page that loaded it,"
                + " so Circle is used. Load the table again."), d.notices());
    }

    @Test
    void everyPresetHasAReadableLink() {
        for (Preset p : Presets.all()) {
            LinkState link = LinkState.of(p.state()).withPreset(p.id());
            String fragment = LinkCodec.encode(link);
            assertTrue(fragment.startsWith("v=1&preset=" + p.id() + "&data="), fragment);
            assertTrue(fragment.length() < 400, fragment.length() + ": " + fragment);
            assertEquals(link, decode("#" + fragment).link());
        }
    }

    @Test
    void theDefaultLinkReadsLikeThis() {
        String fragment = LinkCodec.encode(LinkState.of(Presets.defaultPreset().state()));
        assertEquals("v=1&preset=&data=circle&n=500&noise=0&train=0.5&classes=3&seed=1&f=x1,x2&h=4,2&act=tanh,tanh"
                + "&out=tanh&loss=mse&skip=0&init=uniform&lr=0.03&batch=10&opt=sgd&reg=none&rate=0&bias=1&shuffle=1"
                + "&disc=0&test=0&log=0&stop=0&stoploss=0&speed=1&hide=", fragment);
    }

    @Test
    void logScaleStopAtLossAndSpeedTravelInTheLink() {
        LinkState link = new LinkState(Presets.byId("xor").state(), "xor", false, false, 300, null, 0, List.of())
                .withLogScale(true).withStopLoss(0.05).withSpeed(LinkSpeed.ofEpochsPerFrame(20));
        String fragment = LinkCodec.encode(link);
        assertTrue(fragment.contains("&log=1&stop=300&stoploss=0.05&speed=20&hide="), fragment);
        LinkCodec.Decoded back = decode(fragment);
        assertEquals(List.of(), back.notices());
        assertEquals(link, back.link());
        assertTrue(back.link().logScale());
        assertEquals(0.05, back.link().stopLoss());
        assertEquals(20, LinkSpeed.epochsPerFrame(back.link().speed()));
        // A loss to stop at that needs all its digits keeps them.
        LinkState exact = link.withStopLoss(0.1 + 0.2);
        assertEquals(0.1 + 0.2, decode(LinkCodec.encode(exact)).link().stopLoss());
    }

    /**
     * A forced colour scheme travels in the link (after hide, before the weights) and reads back; a
     * link that follows the reader's scheme has no theme key at all, so links from before it existed
     * and links of the default scheme are the same text.
     */
    @Test
    void aForcedThemeTravelsAndTheSystemsIsNotWritten() {
        LinkState follow = LinkState.ofPreset(Presets.byId("xor"));
        assertFalse(LinkCodec.encode(follow).contains("theme="), LinkCodec.encode(follow));
        assertEquals(Theme.AUTO, decode(LinkCodec.encode(follow)).link().theme());
        for (Theme forced : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            LinkState link = follow.withTheme(forced).withWeights(new double[follow.state().networkSpec().parameterCount()], 3);
            String fragment = LinkCodec.encode(link);
            assertTrue(fragment.contains("&hide=&theme=" + forced.id() + "&w="), fragment);
            LinkCodec.Decoded back = decode(fragment);
            assertEquals(List.of(), back.notices());
            assertEquals(link, back.link());
            assertEquals(forced, back.link().theme());
            assertEquals(forced, decode("#preset=xor&theme=" + forced.id()).link().theme(), "with a preset");
        }
        LinkCodec.Decoded auto = decode("#theme=auto");
        assertEquals(List.of(), auto.notices());
        assertEquals(LinkState.of(Presets.defaultPreset().state()), auto.link(), "auto is the default, said aloud");
        LinkCodec.Decoded bad = decode("#theme=purple&n=20");
        assertEquals(List.of("Ignored theme='purple': not a known choice."), bad.notices());
        assertEquals(Theme.AUTO, bad.link().theme(), "an unknown theme follows the system");
        assertEquals(20, bad.link().state().data().points(), "and the rest of the link is kept");
        assertTrue(Theme.DARK.dark(false) && Theme.DARK.dark(true) && Theme.AUTO.dark(true));
        assertFalse(Theme.LIGHT.dark(true) || Theme.LIGHT.dark(false) || Theme.AUTO.dark(false));
    }

    /** Links written before log, stoploss and speed existed open as before: those keys take their defaults. */
    @Test
    void linksWithoutTheNewKeysOpenWithTheirDefaults() {
        LinkCodec.Decoded d = decode("#v=1&preset=&data=circle&n=500&noise=0&train=0.5&classes=3&seed=1&f=x1,x2&h=4,2"
                + "&act=tanh,tanh&out=tanh&loss=mse&skip=0&init=uniform&lr=0.03&batch=10&opt=sgd&reg=none&rate=0&bias=1"
                + "&shuffle=1&disc=0&test=0&stop=0&hide=");
        assertEquals(List.of(), d.notices());
        assertEquals(LinkState.of(Presets.defaultPreset().state()), d.link());
        assertFalse(d.link().logScale());
        assertEquals(0.0, d.link().stopLoss());
        assertEquals(LinkSpeed.DEFAULT, d.link().speed());
        assertEquals(1, LinkSpeed.epochsPerFrame(d.link().speed()));
    }

    /** The speeds below one epoch per frame travel by their ids; a preset without speed= starts at its own. */
    @Test
    void slowSpeedsTravelAndAPresetStartsAtItsOwnSpeed() {
        for (Speed s : Speed.menu()) {
            LinkState link = LinkState.of(Presets.defaultPreset().state()).withSpeed(LinkSpeed.of(s));
            LinkCodec.Decoded back = decode(LinkCodec.encode(link));
            assertEquals(List.of(), back.notices(), s.id());
            assertEquals(s, LinkSpeed.speed(back.link().speed()), s.id());
        }
        for (Preset p : Presets.all()) {
            assertEquals(p.speed(), LinkSpeed.speed(decode("#preset=" + p.id()).link().speed()), p.id());
            assertEquals(p.speed(), LinkSpeed.speed(decode(LinkCodec.encode(LinkState.ofPreset(p))).link().speed()), p.id());
        }
        assertTrue(Presets.all().stream().anyMatch(p -> p.speed().belowOneEpochPerFrame()), "some lesson starts slow");
        assertEquals(List.of("Speed: 5000 is above the limit of 1000; using 1000."), decode("#speed=5000").notices());
        assertEquals("1000", decode("#speed=5000").link().speed());
        assertEquals("1", decode("#preset=one-node&speed=1").link().speed(), "a link's own speed wins over the preset's");
    }

    @Test
    void badRunOptionsAreNamedAndTheDefaultsKept() {
        LinkCodec.Decoded d = decode("#log=2&stoploss=-1&speed=fast");
        assertEquals(List.of("Ignored log='2': use 1 or 0.",
                "Ignored stoploss='-1': the loss to stop at must be 0 (none) or a positive number.",
                "Ignored speed='fast': a speed is a number of epochs per frame (1 to 1000) or one of batch, batch10,"
                        + " batch30, epoch10."), d.notices());
        assertEquals(LinkState.of(Presets.defaultPreset().state()), d.link());
        assertEquals(List.of("Ignored stoploss='1e400': the loss to stop at must be 0 (none) or a positive number."),
                decode("#stoploss=1e400").notices());
        LinkCodec.Decoded cut = decode("#speed=5000");
        assertEquals(List.of("Speed: 5000 is above the limit of 1000; using 1000."), cut.notices());
        assertEquals("1000", cut.link().speed());
        assertEquals(List.of("Speed: 0 is below the minimum of 1; using 1."), decode("#speed=0").notices());
    }

    /** Links written by version 1: they must keep opening the same setup in every later version. */
    @Test
    void goldenVersionOneLinksKeepWorking() {
        LinkCodec.Decoded spiral = decode("#v=1&preset=&data=spiral3&n=600&noise=0.1&train=0.5&classes=3&seed=7"
                + "&f=x1,x2,sinx1&h=16,16&act=relu,tanh&out=softmax&loss=ce&skip=0&init=he&lr=0.01&batch=10&opt=adam"
                + "&reg=l2&rate=0.001&bias=1&shuffle=1&disc=1&test=1&stop=300");
        assertEquals(List.of(), spiral.notices());
        LinkState s = spiral.link();
        assertEquals(DatasetKind.SPIRAL3, s.state().data().kind());
        assertEquals(List.of(16, 16), s.state().hiddenSizes());
        assertEquals(List.of(Activation.RELU, Activation.TANH), s.state().hiddenActivations());
        assertEquals(Loss.SOFTMAX_CROSS_ENTROPY, s.state().training().loss());
        assertEquals(0.001, s.state().training().regularizationRate());
        assertEquals(300, s.stopEpoch());
        assertTrue(s.discretize() && s.showTest());
        assertEquals(3, s.state().features().count());

        LinkCodec.Decoded article = decode("v=1&preset=article&data=article&n=100&noise=0&train=1&classes=3&seed=1&f=x1,x2"
                + "&h=&act=&out=linear&loss=mse&skip=0&init=uniform&lr=0.01&batch=1&opt=sgd&reg=none&rate=0&bias=0"
                + "&shuffle=0&disc=0&test=0&stop=0");
        assertEquals(List.of(), article.notices());
        assertEquals("article", article.link().preset());
        assertEquals(Presets.byId("article").state(), article.link().state());
    }

    @Test
    void aPresetAloneOpensThatPreset() {
        LinkCodec.Decoded d = decode("#preset=xor");
        assertEquals(List.of(), d.notices());
        assertEquals(Presets.byId("xor").state(), d.link().state());
        assertEquals("xor", d.link().preset());
    }

    @Test
    void trainedWeightsTravelBitForBit() {
        Trainer t = Presets.byId("xor").state().newTrainer();
        t.trainEpochs(30);
        double[] w = t.network().parameterBuffer();
        t.network().copyParametersTo(w);
        LinkState link = LinkState.of(Presets.byId("xor").state()).withWeights(w, 30);
        LinkState back = decode(LinkCodec.encode(link)).link();
        assertArrayEquals(w, back.weights());
        assertEquals(30, back.weightsEpoch());
    }

    @Test
    void badValuesAreNamedAndTheRestIsKept() {
        LinkCodec.Decoded d = decode("#data=xor&n=50000&lr=abc&h=0,300,4&batch=-3&bogus=1&noise=2&act=softmax&data=circle");
        assertEquals(DatasetKind.XOR, d.link().state().data().kind(), "the valid part is kept");
        assertEquals(10_000, d.link().state().data().points());
        assertEquals(0.03, d.link().state().training().learningRate(), "bad value: the default stays");
        assertEquals(List.of(1, 256, 4), d.link().state().hiddenSizes());
        assertEquals(1, d.link().state().training().batchSize());
        assertEquals(1.0, d.link().state().data().noise());
        List<String> n = d.notices();
        assertTrue(n.contains("Points: 50000 is above the limit of 10000; using 10000."), n.toString());
        assertTrue(n.contains("Ignored learning rate 'abc': it must be a number greater than 0."), n.toString());
        assertTrue(n.contains("Neurons in hidden layer 1: 0 is below the minimum of 1; using 1."), n.toString());
        assertTrue(n.contains("Neurons in hidden layer 2: 300 is above the limit of 256; using 256."), n.toString());
        assertTrue(n.contains("Ignored the unknown setting 'bogus'."), n.toString());
        assertTrue(n.contains("Noise: 2 is above the limit of 1; using 1."), n.toString());
        assertTrue(n.contains("The setting 'data' appears more than once; the first was used."), n.toString());
        assertTrue(n.stream().anyMatch(s -> s.contains("'softmax' is not a hidden-layer activation")), n.toString());
    }

    @Test
    void combinationsThatDoNotFitAreRepaired() {
        LinkCodec.Decoded d = decode("#data=cubic&out=softmax&loss=ce");
        assertEquals(Activation.IDENTITY, d.link().state().outputActivation());
        assertEquals(Loss.SQUARED_ERROR, d.link().state().training().loss());
        assertEquals(2, d.notices().size(), d.notices().toString());
        LinkCodec.Decoded bce = decode("#out=tanh&loss=bce");
        assertEquals(Loss.SQUARED_ERROR, bce.link().state().training().loss());
        assertTrue(bce.notices().get(0).contains("does not suit a Tanh output"), bce.notices().toString());
    }

    @Test
    void weightsThatDoNotFitAreRefused() {
        String fragment = LinkCodec.encode(LinkState.of(Presets.byId("xor").state()).withWeights(new double[5], 3));
        LinkCodec.Decoded d = decode(fragment);
        assertFalse(d.link().hasWeights());
        assertTrue(d.notices().get(0).contains("holds 5 weights but this network has 17"), d.notices().toString());
        assertFalse(decode("#preset=xor&w=@@@").link().hasWeights());
    }

    @Test
    void hostileTextNeverBreaksTheDecoder() {
        Rng rng = new Rng(7);
        String[] pieces = {"<script>alert(1)</script>", "%3Cimg%20src=x%20onerror=alert(1)%3E", "NaN", "Infinity", "-1e308",
            "1e400", "%00", "%E2%80%AE", "%F0%9F%98%80", "&&&", "===", "h=", "%", "%zz", "v=999", "x7ff8000000000000",
            "0x1p3", "\u202e", "ü", "sin(x", "x1*x2%3E0", "log(x)", "1%2F(x-x)", "(((((x", "frule", "fcurve", "fsurface", "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18", "a".repeat(10_000)};
        String[] keys = {"v", "preset", "data", "formula", "data", "n", "noise", "train", "classes", "seed", "f", "h", "act", "out", "loss",
            "skip", "init", "lr", "batch", "opt", "reg", "rate", "bias", "shuffle", "disc", "test", "log", "stop",
            "stoploss", "speed", "w", "we", "zz"};
        String valid = LinkCodec.encode(LinkState.of(Presets.defaultPreset().state()));
        for (int i = 0; i < 100_000; i++) {
            String fragment;
            switch (i % 4) {
                case 0:
                    fragment = mutate(rng, valid);
                    break;
                case 1:
                    fragment = randomChars(rng, rng.nextInt(80));
                    break;
                case 2:
                    fragment = LinkStates.pick(rng, keys) + "=" + LinkStates.pick(rng, pieces) + "&"
                            + LinkStates.pick(rng, keys) + "=" + LinkStates.pick(rng, pieces);
                    break;
                default:
                    fragment = mutate(rng, LinkCodec.encode(LinkStates.random(rng)));
            }
            LinkCodec.Decoded d = decode(fragment);
            assertNotNull(d.link(), fragment);
            assertNotNull(d.link().state().networkSpec(), fragment);
            for (String notice : d.notices()) {
                assertTrue(notice.length() < 400, "notices stay short: " + notice.length());
            }
        }
    }

    private static String mutate(Rng rng, String s) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + rng.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = rng.nextInt(b.length());
            switch (rng.nextInt(3)) {
                case 0:
                    b.deleteCharAt(at);
                    break;
                case 1:
                    b.insert(at, (char) (32 + rng.nextInt(95)));
                    break;
                default:
                    b.setCharAt(at, (char) (32 + rng.nextInt(95)));
            }
        }
        return b.toString();
    }

    private static String randomChars(Rng rng, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(rng.nextInt(10) == 0 ? (char) rng.nextInt(0x3000) : (char) (32 + rng.nextInt(95)));
        }
        return b.toString();
    }
}
