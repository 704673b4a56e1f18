package org.nnplayground.core.nn.layer;

import org.nnplayground.core.Named;

/**
 * How a convolution treats the border, along each axis it slides over.
 *
 * <p>{@link #SAME}: the input is padded with zeros so that the output has {@code ceil(in / stride)}
 * positions (at stride 1, as many as the input); of the zeros needed, half go before the input and
 * the odd one after it. {@link #VALID}: no padding; the kernel only visits places where it lies wholly
 * inside the input, {@code (in - kernel) / stride + 1} positions, and must step exactly onto the last
 * one (see {@link #misfit}).
 */
public enum Padding implements Named {
    SAME("same", "Same (zero padding)"),
    VALID("valid", "Valid (no padding)");

    private final String id;
    private final String label;

    Padding(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Number of output positions along an axis of {@code in} positions; call only where {@link #misfit} is null. */
    public int outputExtent(int in, int kernel, int stride) {
        return this == SAME ? (in + stride - 1) / stride : (in - kernel) / stride + 1;
    }

    /** Zeros added before the input along the axis (for {@link #VALID}, none). */
    public int before(int in, int kernel, int stride) {
        if (this == VALID) {
            return 0;
        }
        int total = (outputExtent(in, kernel, stride) - 1) * stride + kernel - in;
        return total > 0 ? total / 2 : 0;
    }

    /**
     * Why a kernel of {@code kernel} positions at {@code stride} does not fit an axis of {@code in}
     * positions (named {@code axis}, e.g. "height"), as a sentence that says what fits; null when it
     * fits. With {@link #SAME} everything fits. Without padding, the kernel must not be larger than
     * the input, and at stride 2 the input minus the kernel must be even, or the last row or column
     * would silently be left out.
     */
    public String misfit(String axis, int in, int kernel, int stride) {
        if (this == SAME) {
            return null;
        }
        if (kernel > in) {
            return "a kernel of " + kernel + " without padding needs a " + axis + " of at least " + kernel
                    + ", not " + in + "; use a kernel of at most " + in + " or same padding";
        }
        if ((in - kernel) % stride != 0) {
            int shorter = in - 1;
            int longer = in + 1;
            return "a kernel of " + kernel + " at stride " + stride + " without padding fits a " + axis + " of "
                    + shorter + " or " + longer + ", not " + in + " (the " + axis
                    + " minus the kernel must be even); use stride 1 or same padding";
        }
        return null;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The padding with this id, or null. */
    public static Padding byId(String id) {
        return Named.byId(values(), id);
    }
}
