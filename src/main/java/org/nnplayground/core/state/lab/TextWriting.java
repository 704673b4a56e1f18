package org.nnplayground.core.state.lab;

import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.train.TextSampler;

/**
 * What a character model says about its text, for the page's text views: the probabilities of the
 * next character after a prefix, and a sample it writes. A sample is drawn with an {@link Rng} seeded
 * from the run's seed, the epoch and the number of the draw, so the same link at the same epoch
 * writes the same text on the JVM and in both browser builds. Reading changes nothing but the
 * network's buffers.
 */
public final class TextWriting {
    /** Characters in a sample. */
    public static final int SAMPLE_LENGTH = 200;
    /** While training, a new sample every this many epochs. */
    public static final int EVERY_EPOCHS = 5;
    /** The usual temperature of a sample: a little colder than the model, so that it favours what it has learned. */
    public static final double DEFAULT_TEMPERATURE = 0.8;
    /** Longest default prefix. */
    static final int PREFIX_LENGTH = 12;

    private TextWriting() {
    }

    /** Whether {@code session} trains a character model. */
    public static boolean isText(LabSession session) {
        return session.state().model() instanceof SequenceModel
                && ((SequenceModel) session.state().model()).data().problem().isText();
    }

    /** The text the model reads. */
    public static String text(LabSession session) {
        return model(session).data().textShown();
    }

    /** The model's vocabulary. */
    public static CharVocabulary vocabulary(LabSession session) {
        return model(session).vocabulary();
    }

    private static SequenceModel model(LabSession session) {
        if (!isText(session)) {
            throw new IllegalArgumentException("only a text problem has a character model");
        }
        return (SequenceModel) session.state().model();
    }

    /**
     * The start of the text, as the prefix the views begin with: its first {@value #PREFIX_LENGTH}
     * characters (fewer for a short text), cut after the last space when there is one, so it ends
     * on a whole word.
     */
    public static String defaultPrefix(String text) {
        String head = text.substring(0, Math.min(PREFIX_LENGTH, text.length() - 1));
        int space = head.lastIndexOf(' ');
        return space > 0 ? head.substring(0, space + 1) : head;
    }

    /**
     * The probabilities of the next character after {@code prefix} (one per symbol of the vocabulary).
     *
     * @throws IllegalArgumentException for an empty prefix or one with a character the text does not have
     */
    public static double[] probabilities(LabSession session, String prefix) {
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("The prefix needs at least 1 character");
        }
        CharVocabulary vocabulary = vocabulary(session);
        for (int i = 0; i < prefix.length(); i++) {
            if (!vocabulary.contains(prefix.charAt(i))) {
                throw new IllegalArgumentException("The prefix has '" + prefix.charAt(i) + "', which the text does not have");
            }
        }
        return new TextSampler(session.trainer().network(), vocabulary(session)).probabilities(prefix);
    }

    /**
     * Sample number {@code draw} (from 0) written at the current epoch after the text's
     * {@link #defaultPrefix start}, at {@code temperature}: {@value #SAMPLE_LENGTH} characters.
     *
     * @throws IllegalArgumentException for a temperature outside the sampler's range
     */
    public static String sample(LabSession session, double temperature, int draw) {
        TextSampler sampler = new TextSampler(session.trainer().network(), vocabulary(session));
        return sampler.sample(defaultPrefix(text(session)), SAMPLE_LENGTH, temperature,
                rngFor(session.state().model().seed(), session.last().epoch(), draw));
    }

    /**
     * The sample {@link #sample} writes, to be written a few characters at a time by a copy of the
     * network's weights as they are now, so that training may go on between two calls: for a network
     * whose sample is too long for one frame ({@link #characterWork}).
     *
     * @throws IllegalArgumentException as {@link #sample} does
     */
    public static TextSampler.Writing beginSample(LabSession session, double temperature, int draw) {
        TextSampler sampler = new TextSampler(session.trainer().network().copy(), vocabulary(session));
        return sampler.begin(defaultPrefix(text(session)), SAMPLE_LENGTH, temperature,
                rngFor(session.state().model().seed(), session.last().epoch(), draw));
    }

    /** Multiply-adds of writing one character of a sample of {@code session}'s network: one forward pass. */
    public static long characterWork(LabSession session) {
        return session.trainer().network().forwardCost();
    }

    /** The generator of sample {@code draw} at {@code epoch} of a run of seed {@code seed}. */
    static Rng rngFor(long seed, int epoch, int draw) {
        Rng r = new Rng(seed ^ 0x5DEECE66DL);
        long mixed = r.nextLong() + epoch * 0x9E3779B97F4A7C15L + draw * 0xC2B2AE3D27D4EB4FL;
        return new Rng(mixed);
    }
}
