package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.AvgPool2d;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.GlobalAvgPool;
import org.nnplayground.core.nn.layer.Padding;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.state.lab.Cell;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.TextSampler;

/** Sequence and image links: one state, one link, read back exactly; a broken link gives notices, never an exception. */
class LabLinksTest {

    private static void assertRoundTrip(LabState state, Speed speed, int selected) {
        String link = LabLinks.encode(state, speed, selected);
        assertTrue(LabLinks.isLab(link));
        LabLinks.Decoded d = LabLinks.decode("#" + link);
        assertEquals(List.of(), d.notices(), link);
        assertEquals(state, d.state(), link);
        assertEquals(speed, d.speed(), link);
        assertEquals(selected, d.selected(), link);
        assertEquals(TextWriting.DEFAULT_TEMPERATURE, d.temperature(), link);
        assertEquals(link, LabLinks.encode(d.state(), d.speed(), d.selected()));
    }

    /** The same with a sample temperature: the next-character problem's link carries it when it is not the default. */
    private static void assertRoundTrip(LabState state, Speed speed, int selected, double temperature) {
        String link = LabLinks.encode(state, speed, selected, null, temperature);
        boolean text = state.model() instanceof SequenceModel && ((SequenceModel) state.model()).data().problem().isText();
        boolean written = text && temperature != TextWriting.DEFAULT_TEMPERATURE;
        assertEquals(written, link.contains("&temp="), link);
        assertEquals(written, link.endsWith("&temp=" + LinkNumbers.format(temperature)), "temp comes last: " + link);
        LabLinks.Decoded d = LabLinks.decode("#" + link);
        assertEquals(List.of(), d.notices(), link);
        assertEquals(state, d.state(), link);
        assertEquals(speed, d.speed(), link);
        assertEquals(selected, d.selected(), link);
        assertEquals(text ? temperature : TextWriting.DEFAULT_TEMPERATURE, d.temperature(), link);
        assertEquals(link, LabLinks.encode(d.state(), d.speed(), d.selected(), d.lesson(), d.temperature()));
        if (!written) {
            assertEquals(LabLinks.encode(state, speed, selected), link, "the default temperature leaves the link as before");
        }
    }

    /** A temperature in the sampler's range: its ends, the default, or drawn in between (any double). */
    private static double temperature(Rng rng) {
        switch (rng.nextInt(5)) {
            case 0:
                return TextWriting.DEFAULT_TEMPERATURE;
            case 1:
                return rng.nextInt(2) == 0 ? TextSampler.MIN_TEMPERATURE : TextSampler.MAX_TEMPERATURE;
            case 2:
                return Math.round(rng.uniform(1, 100)) / 10.0;
            default:
                return rng.uniform(TextSampler.MIN_TEMPERATURE, TextSampler.MAX_TEMPERATURE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo", "parity", "parity-end", "sum", "count", "adding", "sine", "text", "bars", "shapes", "digits"})
    void everyProblemsStartRoundTrips(String id) {
        assertRoundTrip(LabState.defaultFor(id, 7), Speed.DEFAULT, 0);
    }

    @Test
    void randomSequenceStatesRoundTrip() {
        Rng rng = new Rng(11);
        for (int i = 0; i < 200; i++) {
            LabState s = LabState.defaultFor(new String[] {"echo", "sine", "text", "adding"}[rng.nextInt(4)], rng.nextInt(1000));
            SequenceModel m = (SequenceModel) s.model();
            int length = 5 + rng.nextInt(30);
            m = m.withData(m.data().withLength(length).withSequences(1 + rng.nextInt(500))
                    .withTrainFraction(0.05 + 0.95 * rng.nextDouble()));
            if (m.data().problem().hasPeriod()) {
                m = m.withData(m.data().withPeriod(2 + rng.nextDouble() * 30).withNoise(rng.nextDouble()));
            }
            if (m.data().problem().isText() && rng.nextInt(2) == 0) {
                m = m.withData(m.data().withText("to be or not to be & 100% «that» is the question"));
            }
            m = m.withNet(m.net().withCell(Cell.values()[rng.nextInt(3)]).withHidden(List.of(1 + rng.nextInt(30), 1 + rng.nextInt(9)))
                    .withTruncation(rng.nextInt(5)).withActivation(Activation.RELU));
            s = s.withModel(m).withTraining(s.training().withLearningRate(rng.nextDouble() * 0.3 + 1e-4)
                    .withBatchSize(1 + rng.nextInt(30)).withOptimizer(OptimizerKind.values()[rng.nextInt(3)])
                    .withClipNorm(rng.nextInt(2) == 0 ? 0 : rng.nextDouble() * 10));
            assertRoundTrip(s, Speed.menu().get(rng.nextInt(Speed.menu().size())), rng.nextInt(20));
            assertRoundTrip(s, Speed.DEFAULT, rng.nextInt(20), temperature(rng));
        }
    }

    @Test
    void theSampleTemperatureRoundTripsForTextOnlyAndABadOneKeepsTheDefaultWithANotice() {
        LabState text = LabState.defaultFor("text", 3);
        assertRoundTrip(text, Speed.DEFAULT, 0, 1.5);
        assertTrue(LabLinks.encode(text, Speed.DEFAULT, 0, null, 1.5).endsWith("&sel=1&temp=1.5"));
        assertRoundTrip(text, Speed.DEFAULT, 0, TextWriting.DEFAULT_TEMPERATURE);
        assertRoundTrip(LabState.defaultFor("echo", 3), Speed.DEFAULT, 0, 1.5);
        assertRoundTrip(LabState.defaultFor("digits", 3), Speed.DEFAULT, 0, 0.2);
        String old = LabLinks.encode(text, Speed.DEFAULT, 2);
        assertEquals(TextWriting.DEFAULT_TEMPERATURE, LabLinks.decode(old).temperature(), "a link from before the key");
        assertEquals(List.of(), LabLinks.decode(old).notices());
        String[][] bad = {
            {"abc", "Ignored temp='abc': not a number; 0.8 is used."},
            {"", "Ignored temp='': not a number; 0.8 is used."},
            {"x7ff8000000000000", "Ignored temp='x7ff8000000000000': not a number; 0.8 is used."},
            {"0", "Ignored temp='0': use 0.01 to 10; 0.8 is used."},
            {"0.009", "Ignored temp='0.009': use 0.01 to 10; 0.8 is used."},
            {"10.5", "Ignored temp='10.5': use 0.01 to 10; 0.8 is used."},
            {"-1", "Ignored temp='-1': use 0.01 to 10; 0.8 is used."},
            {"1e309", "Ignored temp='1e309': use 0.01 to 10; 0.8 is used."},
        };
        for (String[] b : bad) {
            LabLinks.Decoded d = LabLinks.decode(old + "&temp=" + b[0]);
            assertEquals(List.of(b[1]), d.notices(), b[0]);
            assertEquals(TextWriting.DEFAULT_TEMPERATURE, d.temperature(), b[0]);
            assertEquals(text, d.state(), "the run is the link's: " + b[0]);
            assertEquals(2, d.selected());
            assertEquals(old, LabLinks.encode(d.state(), d.speed(), d.selected(), d.lesson(), d.temperature()));
        }
        assertEquals(10.0, LabLinks.decode(old + "&temp=10").temperature());
        assertEquals(0.01, LabLinks.decode(old + "&temp=0.01").temperature());
    }

    @Test
    void imageLayerListsRoundTrip() {
        LabState s = LabState.defaultFor("shapes", 3);
        ImageModel m = (ImageModel) s.model();
        m = m.withData(m.data().withSide(16).withTestShift(3).withNoise(0.25)).withNet(m.net().withImageLayers(List.of(
                new Conv2d.Spec(5, 5, 1, Padding.VALID, Activation.TANH), new AvgPool2d.Spec(), new GlobalAvgPool.Spec()))
                .withDense(List.of(12, 7)).withDenseActivation(Activation.SIGMOID));
        assertRoundTrip(s.withModel(m), Speed.epochsPerFrame(5), 4);
        assertEquals("c5k5s1v-tanh,avg,gavg", LabLinks.layers(m.net().imageLayers()));
    }

    @Test
    void randomImageStatesWithAddedImagesRoundTripAndTooManyStayOutOfTheLink() {
        Rng rng = new Rng(17);
        String[] problems = {"bars", "shapes", "digits"};
        for (int i = 0; i < 120; i++) {
            LabState s = LabState.defaultFor(problems[rng.nextInt(3)], rng.nextInt(1000));
            ImageModel m = (ImageModel) s.model();
            int[] sides = m.data().problem().sides();
            m = m.withData(m.data().withSide(sides[rng.nextInt(sides.length)]).withImages(10 + rng.nextInt(200))
                    .withNoise(rng.nextInt(2) * rng.nextDouble()));
            int side = m.data().side();
            int classes = m.data().problem().classes();
            AddedImages added = AddedImages.none(side);
            int n = rng.nextInt(AddedImages.mostInLink(side) + 1);
            for (int k = 0; k < n; k++) {
                double[] pixels = new double[side * side];
                for (int p = 0; p < pixels.length; p++) {
                    pixels[p] = rng.nextInt(4) == 0 ? rng.nextDouble() : 0;
                }
                added = added.with(pixels, rng.nextInt(classes), classes);
            }
            s = s.withModel(m.withAdded(added)).withTraining(s.training().withLearningRate(rng.nextDouble() * 0.3 + 1e-4));
            assertRoundTrip(s, Speed.DEFAULT, rng.nextInt(10));
            assertEquals(n > 0, LabLinks.encode(s, Speed.DEFAULT, 0).contains("&add="));
        }
        LabState s = LabState.defaultFor("digits", 1);
        ImageModel m = (ImageModel) s.model();
        AddedImages many = AddedImages.none(12);
        for (int k = 0; k <= AddedImages.mostInLink(12); k++) {
            many = many.with(new double[144], k % 10, 10);
        }
        String link = LabLinks.encode(s.withModel(m.withAdded(many)), Speed.DEFAULT, 0);
        assertFalse(link.contains("add="), "41 images of 12 x 12 are too many for a link");
        assertEquals(s, LabLinks.decode(link).state());
    }

    @Test
    void addedImagesThatDoNotFitTheImagesAreLeftOutWithANotice() {
        String twelve = org.nnplayground.core.data.image.AddedImagesText.write(AddedImages.none(12).with(new double[144], 9, 10));
        LabLinks.Decoded d = LabLinks.decode("lab=bars&add=" + twelve);
        assertEquals(LabState.defaultFor("bars", 1), d.state());
        assertEquals(1, d.notices().size(), String.join("\n", d.notices()));
        assertTrue(d.notices().get(0).startsWith("Ignored add='12."), d.notices().get(0));
        LabLinks.Decoded digits = LabLinks.decode("lab=digits&add=" + twelve);
        assertEquals(List.of(), digits.notices());
        assertEquals(9, ((ImageModel) digits.state().model()).added().label(0));
        LabLinks.Decoded broken = LabLinks.decode("lab=digits&add=12.B*" + "A".repeat(47));
        assertEquals(1, broken.notices().size());
        assertTrue(broken.notices().get(0).contains("not base64url"), broken.notices().get(0));
    }

    @Test
    void brokenValuesAreLeftAtTheProblemsStartWithANoticeEach() {
        LabLinks.Decoded d = LabLinks.decode("#lab=echo&len=abc&delay=80&cell=cnn&h=0&lr=-1&opt=fast&speed=warp&sel=x&seed=-4");
        LabState start = LabState.defaultFor("echo", 1);
        assertEquals(start, d.state());
        assertEquals(9, d.notices().size(), String.join("\n", d.notices()));
        assertTrue(d.notices().get(1).contains("Seed") || String.join(" ", d.notices()).contains("Seed"));
        assertTrue(String.join(" ", d.notices()).contains("Ignored delay='80'"), String.join("\n", d.notices()));
        LabLinks.Decoded unknown = LabLinks.decode("lab=mnist");
        assertEquals("echo", unknown.state().model().problemId());
        assertEquals(1, unknown.notices().size());
        LabLinks.Decoded layers = LabLinks.decode("lab=digits&layers=c8k3s1-relu,c99k3s1-relu,zz");
        assertEquals(LabState.defaultFor("digits", 1), layers.state());
        assertEquals(1, layers.notices().size(), String.join("\n", layers.notices()));
        assertFalse(LabLinks.isLab("data=circle&h=4"));
    }

    @Test
    void randomFragmentsNeverThrow() {
        Rng rng = new Rng(5);
        String[] keys = {"lab", "len", "delay", "period", "noise", "n", "train", "text", "cell", "h", "act", "emb", "trunc",
                "side", "shift", "layers", "dense", "dact", "add", "seed", "lr", "batch", "opt", "clip", "speed", "sel", "temp"};
        String[] values = {"", "0", "-1", "1e309", "NaN", "echo", "digits", "text", "lstm", "3,3,3,3,3", "c1k7s2v-relu", "max",
                "%ZZ", "0.5", "99999999999", "x7ff8000000000000", "bars", "8.BAAAAAAAAAAAAAAAAAAAAAA", "8.J", "12.",
                "16.D" + "_".repeat(86), "8.BAAAAAAAAAAAAAAAAAAAAA_"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder f = new StringBuilder("lab=" + values[rng.nextInt(values.length)]);
            for (int k = 0; k < 6; k++) {
                f.append('&').append(keys[rng.nextInt(keys.length)]).append('=').append(values[rng.nextInt(values.length)]);
            }
            LabLinks.Decoded d = LabLinks.decode(f.toString());
            assertTrue(d.temperature() >= TextSampler.MIN_TEMPERATURE && d.temperature() <= TextSampler.MAX_TEMPERATURE, f.toString());
            LabLinks.encode(d.state(), d.speed(), Math.max(0, d.selected()), d.lesson(), d.temperature());
        }
    }

    @Test
    void aLinkThatNamesOnlyALessonOpensItsRunAndEveryLessonRoundTrips() {
        assertFalse(org.nnplayground.core.state.lab.LabLessons.all().isEmpty());
        for (org.nnplayground.core.state.lab.LabLesson lesson : org.nnplayground.core.state.lab.LabLessons.all()) {
            LabLinks.Decoded full = LabLinks.decode(LabLinks.of(lesson));
            assertEquals(List.of(), full.notices(), lesson.id());
            assertEquals(lesson, full.lesson());
            assertTrue(LabLinks.isLab("lesson=" + lesson.id()));
            LabLinks.Decoded alone = LabLinks.decode("#lesson=" + lesson.id());
            assertEquals(full.state(), alone.state(), lesson.id());
            assertEquals(lesson, alone.lesson());
            LabLinks.Decoded again = LabLinks.decode(LabLinks.encode(full.state(), full.speed(), full.selected(), lesson));
            assertEquals(full.state(), again.state(), lesson.id() + ": the page's address for the lesson opens the same run");
            assertEquals(lesson, again.lesson());
        }
        assertFalse(LabLinks.isLab("lesson=no-such"));
    }
}
