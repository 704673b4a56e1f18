package org.nnplayground.core.train;

import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Shape;

/**
 * Text written by a trained character model, one character at a time: the network reads a window
 * of the last {@code steps} characters (the window it was trained on, its state starting at zero as
 * in training), its softmax over the last step gives the next character's probabilities, one is
 * drawn at the chosen temperature and appended, and the window moves on by one.
 *
 * <p>The temperature T reshapes the probabilities to p_i^(1/T), normalised: 1 draws from the model
 * as it is, lower values favour the likeliest characters (near 0: always the likeliest), higher
 * values flatten the choice toward noise. The draws come from the given {@link Rng}, so the same seed
 * writes the same text everywhere. A start text shorter than the window is padded in front with
 * spaces when the vocabulary has a space, else with the start text's first character.
 */
public final class TextSampler {
    /** Lowest temperature accepted; below it the draw is the likeliest character anyway. */
    public static final double MIN_TEMPERATURE = 0.01;
    /** Highest temperature accepted. */
    public static final double MAX_TEMPERATURE = 10.0;

    private final Network network;
    private final CharVocabulary vocabulary;
    private final int steps;
    private final boolean indices;
    private final double[] window;
    private final double[] weights;

    /**
     * A sampler for {@code network}, whose input is steps x vocabulary (one-hot) or steps x 1 (symbol
     * indices) and whose output is the vocabulary's probabilities at every step or at the last.
     *
     * @throws IllegalArgumentException when the network does not fit the vocabulary
     */
    public TextSampler(Network network, CharVocabulary vocabulary) {
        Shape in = network.layer(1).inputShape();
        int v = vocabulary.size();
        if (in.rank() != 2 || (in.dim(1) != v && in.dim(1) != 1)) {
            throw new IllegalArgumentException("a character model takes steps x " + v + " (one-hot) or steps x 1 (indices), not "
                    + in);
        }
        int outputs = network.output().length;
        if (outputs != v && outputs != in.dim(0) * v) {
            throw new IllegalArgumentException("a character model gives " + v + " probabilities per step, not " + outputs
                    + " values");
        }
        this.network = network;
        this.vocabulary = vocabulary;
        this.steps = in.dim(0);
        this.indices = in.dim(1) == 1;
        this.window = new double[in.size()];
        this.weights = new double[v];
    }

    /**
     * {@code length} characters written after {@code start} (which is not repeated in the result).
     *
     * @throws IllegalArgumentException when the start text is empty or has a character outside the
     *     vocabulary, or the temperature is outside [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}]
     */
    public String sample(String start, int length, double temperature, Rng rng) {
        Writing w = begin(start, length, temperature, rng);
        w.advance(length);
        return w.text();
    }

    /**
     * The sample {@link #sample} writes, begun to be written a few characters at a time
     * ({@link Writing#advance}): the same characters, drawn the same way, for a caller that spreads a
     * long sample over frames. Nothing else may run through the network until it is written.
     *
     * @throws IllegalArgumentException as {@link #sample} does
     */
    public Writing begin(String start, int length, double temperature, Rng rng) {
        if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
            throw new IllegalArgumentException("Temperature: " + temperature + " is not allowed; use " + MIN_TEMPERATURE
                    + " to " + MAX_TEMPERATURE);
        }
        return new Writing(windowOf(start, length), length, temperature, rng);
    }

    /** A sample being written: the characters so far, and the next ones on {@link #advance}. */
    public final class Writing {
        private final int[] text;
        private final int length;
        private final double temperature;
        private final Rng rng;
        private final StringBuilder out;

        private Writing(int[] text, int length, double temperature, Rng rng) {
            this.text = text;
            this.length = length;
            this.temperature = temperature;
            this.rng = rng;
            this.out = new StringBuilder(length);
        }

        /** Writes up to {@code characters} more characters; returns whether the sample is written. */
        public boolean advance(int characters) {
            for (int k = 0; k < characters && out.length() < length; k++) {
                int n = out.length();
                fillWindow(text, n);
                double[] p = network.forward(window, 0);
                int next = draw(p, p.length - weights.length, temperature, rng);
                text[steps + n] = next;
                out.append(vocabulary.symbol(next));
            }
            return done();
        }

        /** Whether every character is written. */
        public boolean done() {
            return out.length() >= length;
        }

        /** The characters written so far. */
        public String text() {
            return out.toString();
        }
    }

    /**
     * The probabilities of the character that follows {@code prefix}, one per symbol of the
     * vocabulary (they sum to 1): the softmax of the network's last step over the window that ends
     * with the prefix, padded in front as {@link #sample} pads its start. The draws of {@code sample}
     * at temperature 1 come from exactly these.
     *
     * @throws IllegalArgumentException when the prefix is empty or has a character outside the vocabulary
     */
    public double[] probabilities(String prefix) {
        fillWindow(windowOf(prefix, 0), 0);
        double[] p = network.forward(window, 0);
        double[] next = new double[weights.length];
        System.arraycopy(p, p.length - next.length, next, 0, next.length);
        return next;
    }

    /** The symbols of the window that ends with {@code start}, padded in front, with room for {@code more} after it. */
    private int[] windowOf(String start, int more) {
        if (start.isEmpty()) {
            throw new IllegalArgumentException("the start text needs at least 1 character");
        }
        int[] text = new int[steps + more];
        int pad = vocabulary.contains(' ') ? vocabulary.indexOf(' ') : symbolOf(start.charAt(0));
        int given = Math.min(start.length(), steps);
        for (int i = 0; i < steps - given; i++) {
            text[i] = pad;
        }
        for (int i = 0; i < given; i++) {
            text[steps - given + i] = symbolOf(start.charAt(start.length() - given + i));
        }
        return text;
    }

    private int symbolOf(char c) {
        int s = vocabulary.indexOf(c);
        if (s < 0) {
            throw new IllegalArgumentException("the start text has '" + c + "', which the text the model learned does not");
        }
        return s;
    }

    private void fillWindow(int[] text, int from) {
        int v = vocabulary.size();
        if (indices) {
            for (int t = 0; t < steps; t++) {
                window[t] = text[from + t];
            }
            return;
        }
        for (int i = 0; i < window.length; i++) {
            window[i] = 0.0;
        }
        for (int t = 0; t < steps; t++) {
            window[t * v + text[from + t]] = 1.0;
        }
    }

    /** A symbol drawn from the probabilities {@code p[from .. from + vocabulary)} reshaped by the temperature. */
    private int draw(double[] p, int from, double temperature, Rng rng) {
        double sum = weigh(p, from, temperature, weights);
        double u = rng.nextDouble() * sum;
        double cumulative = 0.0;
        int last = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0.0) {
                cumulative += weights[i];
                last = i;
                if (u < cumulative) {
                    return i;
                }
            }
        }
        return last; // u within rounding of the sum
    }

    /**
     * Writes the weights exp((log p_i - log p_max) / T) of {@code p[from .. from + w.length)} into
     * {@code w} (the likeliest weighs 1, so nothing overflows; a zero probability weighs 0) and
     * returns their sum.
     */
    private static double weigh(double[] p, int from, double temperature, double[] w) {
        int best = 0;
        for (int i = 1; i < w.length; i++) {
            if (p[from + i] > p[from + best]) {
                best = i;
            }
        }
        double top = DetMath.log(p[from + best]);
        double sum = 0.0;
        for (int i = 0; i < w.length; i++) {
            double q = p[from + i];
            w[i] = q > 0.0 ? DetMath.exp((DetMath.log(q) - top) / temperature) : 0.0;
            sum += w[i];
        }
        return sum;
    }

    /** The probabilities at {@code temperature} that {@link #sample} draws from, for {@code p}: for a view, and for tests. */
    public static double[] reshape(double[] p, double temperature) {
        double[] q = new double[p.length];
        double sum = weigh(p, 0, temperature, q);
        for (int i = 0; i < p.length; i++) {
            q[i] /= sum;
        }
        return q;
    }
}
