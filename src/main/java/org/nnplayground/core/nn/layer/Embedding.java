package org.nnplayground.core.nn.layer;

import java.util.List;
import org.nnplayground.core.math.Rng;

/**
 * A learned embedding of symbols (characters): a table of {@code dim} values per symbol of a
 * vocabulary. It takes a sequence in either of two forms and gives steps x dim:
 * <ul>
 *   <li>steps x 1: each step holds a symbol's index, 0 to vocabulary - 1, as a double; the output
 *       of the step is that symbol's row of the table. An index that is not a whole number in range
 *       is refused with an {@link IllegalArgumentException}.</li>
 *   <li>steps x vocabulary: each step is a one-hot vector (or any weights over the symbols); the
 *       output is the table's rows weighted by it, which for one-hot is the lookup itself.</li>
 * </ul>
 * The form follows from the input shape; a vocabulary needs at least 2 symbols, so the two cannot
 * be confused. The table is one weight block with the symbols as inputs and the embedding's values as
 * outputs ({@code dim x vocabulary}, see {@link ParamBlock#index}); it is regularized like weights.
 * The layer has no biases. dLoss/d(input) is defined for the one-hot form; for indices it is zero.
 */
public final class Embedding implements Layer {
    /**
     * An embedding's description.
     *
     * @param vocabulary number of symbols, at least 2
     * @param dim values per symbol
     */
    public record Spec(int vocabulary, int dim) implements LayerSpec {
        public Spec {
            if (vocabulary < 2) {
                throw new IllegalArgumentException("an embedding needs a vocabulary of at least 2 symbols, not " + vocabulary);
            }
            if (dim < 1) {
                throw new IllegalArgumentException("an embedding needs at least 1 value per symbol, not " + dim);
            }
        }

        @Override
        public Shape outputShape(Shape input) {
            int steps = Recurrent.steps(input, "an embedding");
            int per = input.dim(1);
            if (per != 1 && per != vocabulary) {
                throw new IllegalArgumentException("an embedding of " + vocabulary + " symbols takes each step as 1 index or as "
                        + vocabulary + " one-hot values, not " + per + " values");
            }
            return Shape.of(steps, dim);
        }

        @Override
        public Embedding build(Shape input, Init init, Rng rng) {
            outputShape(input);
            Embedding layer = new Embedding(input, this);
            init.initializeInPlace(layer.table, new double[0], vocabulary, dim, rng);
            return layer;
        }
    }

    private final Shape input;
    private final Shape output;
    private final int steps;
    private final int vocabulary;
    private final int dim;
    private final boolean indices;
    /** The table, dim x vocabulary row-major: value d of symbol v at {@code d * vocabulary + v}. */
    private final double[] table;
    private final double[] grads;
    private final ParamBlock block;
    private final List<ParamBlock> parameters;

    private Embedding(Shape input, Spec spec) {
        this.input = input;
        this.steps = input.dim(0);
        this.vocabulary = spec.vocabulary();
        this.dim = spec.dim();
        this.indices = input.dim(1) == 1;
        this.output = Shape.of(steps, dim);
        this.table = new double[dim * vocabulary];
        this.grads = new double[table.length];
        this.block = ParamBlock.weights(table, grads, vocabulary, dim);
        this.parameters = List.of(block);
    }

    @Override
    public Shape inputShape() {
        return input;
    }

    @Override
    public Shape outputShape() {
        return output;
    }

    @Override
    public List<ParamBlock> parameters() {
        return parameters;
    }

    /** Work of one forward pass: a lookup of {@code dim} values per step, or a weighted sum over the vocabulary for one-hot input. */
    @Override
    public long forwardCost() {
        return (long) steps * dim * (indices ? 1 : vocabulary);
    }

    /** The table ({@code dim x vocabulary}), live. */
    public ParamBlock table() {
        return block;
    }

    /** Whether the input holds indices (steps x 1) rather than one-hot vectors (steps x vocabulary). */
    public boolean takesIndices() {
        return indices;
    }

    /** The symbol index at step {@code t} of an index input. */
    private int symbol(double[] in, int t) {
        double v = in[t];
        int s = (int) v;
        if (s != v || s < 0 || s >= vocabulary) {
            throw new IllegalArgumentException("embedding: step " + (t + 1) + " holds " + v
                    + ", which is not a symbol index 0 to " + (vocabulary - 1));
        }
        return s;
    }

    @Override
    public void forward(double[] in, double[] out) {
        for (int t = 0; t < steps; t++) {
            int at = t * dim;
            if (indices) {
                int s = symbol(in, t);
                for (int d = 0; d < dim; d++) {
                    out[at + d] = table[d * vocabulary + s];
                }
            } else {
                int xAt = t * vocabulary;
                for (int d = 0; d < dim; d++) {
                    double sum = 0.0;
                    int base = d * vocabulary;
                    for (int v = 0; v < vocabulary; v++) {
                        double x = in[xAt + v];
                        if (x != 0.0) {
                            sum += table[base + v] * x;
                        }
                    }
                    out[at + d] = sum;
                }
            }
        }
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        for (int t = 0; t < steps; t++) {
            int at = t * dim;
            if (indices) {
                int s = symbol(in, t);
                for (int d = 0; d < dim; d++) {
                    grads[d * vocabulary + s] += gradOut[at + d];
                }
                if (gradIn != null) {
                    gradIn[t] = 0.0;
                }
                continue;
            }
            int xAt = t * vocabulary;
            for (int d = 0; d < dim; d++) {
                double g = gradOut[at + d];
                int base = d * vocabulary;
                for (int v = 0; v < vocabulary; v++) {
                    double x = in[xAt + v];
                    if (x != 0.0) {
                        grads[base + v] += g * x;
                    }
                }
            }
            if (gradIn != null) {
                for (int v = 0; v < vocabulary; v++) {
                    double sum = 0.0;
                    for (int d = 0; d < dim; d++) {
                        sum += table[d * vocabulary + v] * gradOut[at + d];
                    }
                    gradIn[xAt + v] = sum;
                }
            }
        }
    }
}
