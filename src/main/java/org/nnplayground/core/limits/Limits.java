package org.nnplayground.core.limits;

import org.nnplayground.core.math.Doubles;

/**
 * The sizes the playground accepts, and the words for a value that was cut to them. The page's
 * controls, the link decoder and the JavaScript API (which opens links) all check against these
 * same numbers and say the same sentence, e.g. "Neurons in hidden layer 1: 300 is above the limit of
 * 256; using 256."
 */
public final class Limits {
    /** Hidden layers: 0 (a single layer of output nodes) up to this many. */
    public static final int MAX_HIDDEN_LAYERS = 16;
    /** Neurons in one layer, inputs and outputs included. */
    public static final int MAX_LAYER_WIDTH = 256;
    /** Points in a data set (training and test together): at most this many. */
    public static final int MAX_POINTS = 10_000;
    /** Points in a data set: at least this many (the points slider's minimum). */
    public static final int MIN_POINTS = 10;
    /** Learning rate: greater than 0, at most this. */
    public static final double MAX_LEARNING_RATE = 10.0;
    /** Regularization rate: 0 up to this. */
    public static final double MAX_REGULARIZATION_RATE = 10.0;
    /** Samples in one batch. */
    public static final int MAX_BATCH_SIZE = 10_000;
    /** Gradient clipping: 0 (off), or a global norm greater than 0 and at most this. */
    public static final double MAX_CLIP_NORM = 1e6;
    /** Steps in one sequence of a sequence problem. */
    public static final int MAX_SEQUENCE_LENGTH = 500;
    /** Characters of the text a character model learns. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** Units in the hidden state of a recurrent layer (the width of any layer). */
    public static final int MAX_HIDDEN_SIZE = MAX_LAYER_WIDTH;
    /** Delay of the echo problem, in steps. */
    public static final int MAX_ECHO_DELAY = 50;
    /** Sequences in a sequence data set (training and test together). */
    public static final int MAX_SEQUENCES = 10_000;
    /** Largest size of a weight or bias, typed or carried by a link: values lie in [-this, this]. */
    public static final double MAX_WEIGHT = 1e6;
    /** Side of an image, in pixels: 1 up to this many (the image problems make 8, 12 or 16). */
    public static final int MAX_IMAGE_SIDE = 32;
    /** Channels entering a convolution (an image's colours or the filters of the layer before): 1 up to this many. */
    public static final int MAX_CHANNELS = 32;
    /** Filters of one convolution layer: 1 up to this many. */
    public static final int MAX_FILTERS = 32;
    /** Side of a convolution's kernel: 1 up to this many. */
    public static final int MAX_KERNEL = 7;

    /** The name of the image side in notices. */
    public static final String IMAGE_SIDE = "Image side";
    /** The name of the channels entering a convolution in notices. */
    public static final String CHANNELS = "Channels";
    /** The name of a convolution's filters in notices, where no layer number is known. */
    public static final String FILTERS = "Filters";
    /** The name of a convolution's kernel side in notices, where no layer number is known. */
    public static final String KERNEL = "Kernel";

    private Limits() {
    }

    /** "Name: value is above the limit of max; using max." */
    public static String above(String name, String value, String max) {
        return name + ": " + value + " is above the limit of " + max + "; using " + max + ".";
    }

    /** "Name: value is below the minimum of min; using min." */
    public static String below(String name, String value, String min) {
        return name + ": " + value + " is below the minimum of " + min + "; using " + min + ".";
    }

    /** The notice for a whole number cut into [min, max], or null when it lies inside. */
    public static String cutNotice(String name, long value, long min, long max) {
        return cutNotice(name, Long.toString(value), value, min, max);
    }

    /**
     * The same, naming the value as {@code shown}: for a number too large for a long, which is cut to
     * the limit all the same ("Neurons in hidden layer 1: 99999999999999999999 is above the limit of
     * 256; using 256.").
     */
    public static String cutNotice(String name, String shown, long value, long min, long max) {
        if (value > max) {
            return above(name, shown, Long.toString(max));
        }
        return value < min ? below(name, shown, Long.toString(min)) : null;
    }

    /** {@code value} cut into [min, max]. */
    public static long cut(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    /**
     * The sentence for a value that is refused rather than cut (a layer's description, which cannot
     * pick another value for its caller): "Name: value is above the limit of max." or "Name: value
     * is below the minimum of min.", the words of {@link #above} and {@link #below}; null when the
     * value lies in [min, max].
     */
    public static String refusal(String name, long value, long min, long max) {
        if (value > max) {
            return name + ": " + value + " is above the limit of " + max + ".";
        }
        return value < min ? name + ": " + value + " is below the minimum of " + min + "." : null;
    }

    /** Throws {@link IllegalArgumentException} with {@link #refusal}'s sentence when {@code value} lies outside [min, max]. */
    public static void requireWithin(String name, long value, long min, long max) {
        String why = refusal(name, value, min, max);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    /** The name of the number of filters of convolution layer {@code oneBased} in notices. */
    public static String filtersIn(int oneBased) {
        return "Filters in convolution layer " + oneBased;
    }

    /** The name of the kernel side of convolution layer {@code oneBased} in notices. */
    public static String kernelIn(int oneBased) {
        return "Kernel in convolution layer " + oneBased;
    }

    /** The name of hidden layer {@code oneBased}'s width in notices. */
    public static String neuronsIn(int oneBased) {
        return "Neurons in hidden layer " + oneBased;
    }

    /**
     * A weight or bias cut into [-{@link #MAX_WEIGHT}, {@link #MAX_WEIGHT}] (infinities too); NaN
     * stays NaN for the caller to refuse.
     */
    public static double cutWeight(double value) {
        return value > MAX_WEIGHT ? MAX_WEIGHT : value < -MAX_WEIGHT ? -MAX_WEIGHT : value;
    }

    /** The notice for a weight that {@link #cutWeight} changes, or null. {@code name}: "Weight" or "Bias". */
    public static String weightNotice(String name, double value) {
        if (value > MAX_WEIGHT) {
            return above(name, plain(value), plain(MAX_WEIGHT));
        }
        return value < -MAX_WEIGHT ? below(name, plain(value), plain(-MAX_WEIGHT)) : null;
    }

    /** A large number in words without exponent where it is whole and not huge (5000000, not 5.0E6). */
    private static String plain(double v) {
        if (v == Math.floor(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return v > 0 && !Doubles.isFinite(v) ? "infinity" : v < 0 && !Doubles.isFinite(v) ? "-infinity" : Double.toString(v);
    }
}
