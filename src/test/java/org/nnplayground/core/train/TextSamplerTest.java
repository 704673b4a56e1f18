package org.nnplayground.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.data.sequence.DefaultText;
import org.nnplayground.core.data.sequence.NextCharacter;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/** Sampling text at a temperature: the reshaped probabilities, the window, determinism, and words after training. */
class TextSamplerTest {
    private static final CharVocabulary VOCABULARY = CharVocabulary.of(DefaultText.TEXT);
    private static final int STEPS = 12;

    private static Network characterModel(long seed) {
        int v = VOCABULARY.size();
        return new Network(Shape.of(STEPS, v), List.of(Elman.Spec.tanh(32, StepOutput.EVERY_STEP),
                new StepDense.Spec(v, Activation.IDENTITY)), Activation.SOFTMAX, Init.GLOROT, new Rng(seed));
    }

    @Test
    void temperatureReshapesTheProbabilities() {
        double[] p = {0.5, 0.3, 0.2, 0.0};
        assertArrayEquals(p, TextSampler.reshape(p, 1.0), 1e-15);
        double[] cold = TextSampler.reshape(p, 0.05);
        assertEquals(1.0, cold[0], 1e-4);
        assertEquals(0.0, cold[3], 0.0);
        double[] hot = TextSampler.reshape(p, 10.0);
        assertTrue(hot[0] < 0.36 && hot[2] > 0.3, "nearly flat over the possible characters");
        assertEquals(0.0, hot[3], 0.0, "an impossible character stays impossible");
        assertEquals(1.0, hot[0] + hot[1] + hot[2] + hot[3], 1e-15);
        // p^(1/T) normalised: at T = 0.5, the squares.
        double[] half = TextSampler.reshape(p, 0.5);
        assertEquals(0.25 / 0.38, half[0], 1e-12);
    }

    @Test
    void theSameSeedWritesTheSameText() {
        TextSampler sampler = new TextSampler(characterModel(1), VOCABULARY);
        String a = sampler.sample("the ", 60, 1.0, new Rng(9));
        String b = sampler.sample("the ", 60, 1.0, new Rng(9));
        String c = sampler.sample("the ", 60, 1.0, new Rng(10));
        assertEquals(60, a.length());
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void aColdDrawIsTheLikeliestCharacterOfTheLastWindow() {
        Network net = characterModel(2);
        TextSampler sampler = new TextSampler(net, VOCABULARY);
        String written = sampler.sample("a network reads", 5, TextSampler.MIN_TEMPERATURE, new Rng(3));
        // By hand: the window is the last 12 characters so far, one-hot; the next is the argmax of the last step.
        StringBuilder text = new StringBuilder("a network reads");
        int v = VOCABULARY.size();
        for (int n = 0; n < 5; n++) {
            double[] window = new double[STEPS * v];
            String last = text.substring(text.length() - STEPS);
            for (int t = 0; t < STEPS; t++) {
                window[t * v + VOCABULARY.indexOf(last.charAt(t))] = 1.0;
            }
            double[] p = net.forward(window, 0);
            int best = 0;
            for (int i = 1; i < v; i++) {
                if (p[(STEPS - 1) * v + i] > p[(STEPS - 1) * v + best]) {
                    best = i;
                }
            }
            text.append(VOCABULARY.symbol(best));
        }
        assertEquals(text.substring("a network reads".length()), written);
    }

    @Test
    void aShortStartIsPaddedWithSpacesAndIndexInputsWork() {
        int v = VOCABULARY.size();
        Network indices = new Network(Shape.of(STEPS, 1), List.of(new Embedding.Spec(v, 4),
                Elman.Spec.tanh(8, StepOutput.LAST_STEP), new org.nnplayground.core.nn.layer.Dense.Spec(v, Activation.IDENTITY,
                        false)), Activation.SOFTMAX, Init.GLOROT, new Rng(4));
        TextSampler sampler = new TextSampler(indices, VOCABULARY);
        assertEquals(sampler.sample("t", 20, 0.7, new Rng(5)), sampler.sample("           t", 20, 0.7, new Rng(5)));
    }

    private static double knownWordShare(String written, Set<String> words) {
        String[] parts = written.replace('.', ' ').replace(',', ' ').replace(':', ' ').trim().split(" +");
        int known = 0;
        for (int i = 1; i < parts.length - 1; i++) { // the first and last may be cut
            known += words.contains(parts[i]) ? 1 : 0;
        }
        return parts.length > 2 ? (double) known / (parts.length - 2) : 0.0;
    }

    /** Measured: after 20 epochs about 57 % of the words written at temperature 0.5 are words of the text. */
    @Test
    void aTrainedModelWritesTheTextsWordsWhereAnUntrainedOneWritesNoise() {
        Set<String> words = new HashSet<>(List.of(DefaultText.TEXT.replace('.', ' ').replace(',', ' ').replace(':', ' ')
                .split(" +")));
        Network net = characterModel(2);
        TextSampler sampler = new TextSampler(net, VOCABULARY);
        double before = knownWordShare(sampler.sample("the network ", 300, 0.5, new Rng(6)), words);
        TrainingData data = TrainingSets.from(NextCharacter.onDefaultText(STEPS).generate(250, new Rng(1)));
        new SequenceFit(net, data, TrainingConfig.of(Loss.SOFTMAX_CROSS_ENTROPY, 0.01, 10).withOptimizer(OptimizerKind.ADAM), 3)
                .train(20);
        String written = sampler.sample("the network ", 300, 0.5, new Rng(6));
        double after = knownWordShare(written, words);
        assertTrue(before < 0.2, "untrained, share of known words " + before);
        assertTrue(after > 0.45, "trained, share of known words " + after + " in: " + written);
    }

    /** The next character's probabilities are the last step's softmax over the window, and sum to 1. */
    @Test
    void probabilitiesAreTheLastStepsSoftmaxOfThePrefixWindow() {
        Network net = characterModel(7);
        TextSampler sampler = new TextSampler(net, VOCABULARY);
        int v = VOCABULARY.size();
        for (String prefix : List.of("the network reads", "a", "state, ")) {
            double[] p = sampler.probabilities(prefix);
            assertEquals(v, p.length);
            double sum = 0.0;
            for (double q : p) {
                assertTrue(q > 0.0 && q < 1.0, prefix + ": " + q);
                sum += q;
            }
            assertEquals(1.0, sum, 1e-12, prefix);
            // By hand: the window of the last STEPS characters, padded in front with spaces, one-hot.
            String padded = " ".repeat(Math.max(0, STEPS - prefix.length())) + prefix;
            String last = padded.substring(padded.length() - STEPS);
            double[] window = new double[STEPS * v];
            for (int t = 0; t < STEPS; t++) {
                window[t * v + VOCABULARY.indexOf(last.charAt(t))] = 1.0;
            }
            double[] all = net.forward(window, 0);
            double[] expected = new double[v];
            System.arraycopy(all, (STEPS - 1) * v, expected, 0, v);
            assertArrayEquals(expected, p, 0.0, prefix);
        }
        // A draw at temperature 1 inverts the cumulative probabilities at the generator's number.
        double[] p = sampler.probabilities("the network reads");
        double u = new Rng(11).nextDouble();
        int expected = 0;
        double cumulative = p[0];
        while (u >= cumulative && expected < v - 1) {
            cumulative += p[++expected];
        }
        assertEquals(String.valueOf(VOCABULARY.symbol(expected)), sampler.sample("the network reads", 1, 1.0, new Rng(11)));
        assertEquals("the start text has 'Q', which the text the model learned does not",
                assertThrows(IllegalArgumentException.class, () -> sampler.probabilities("Q")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> sampler.probabilities(""));
    }

    @Test
    void refusesWhatItCannotSample() {
        TextSampler sampler = new TextSampler(characterModel(1), VOCABULARY);
        assertEquals("Temperature: 0.0 is not allowed; use 0.01 to 10.0",
                assertThrows(IllegalArgumentException.class, () -> sampler.sample("a", 5, 0.0, new Rng(1))).getMessage());
        assertEquals("the start text has 'Q', which the text the model learned does not",
                assertThrows(IllegalArgumentException.class, () -> sampler.sample("aQ", 5, 1.0, new Rng(1))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> sampler.sample("", 5, 1.0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> new TextSampler(characterModel(1), CharVocabulary.of("abc")));
    }
}
