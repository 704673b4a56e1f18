package org.nnplayground.core.teach;

import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.TrainingConfig;
import org.nnplayground.core.train.TrainingData;
import org.nnplayground.core.text.NumberFormat;

/**
 * One gradient-descent step of a one-node model y = w x + b on one sample, with its real numbers:
 * the forward value, the squared error, dL/dw = 2 (out - y) x, dL/db = 2 (out - y) and the update
 * w <- w - alpha * g. What the article does by hand, for the sample and weights on the page now.
 */
public final class StepInspector {
    private StepInspector() {
    }

    /** The numbers of one step. {@code newB} equals {@code b} when the bias does not learn. */
    public record Step(int sample, double x, double y, double w, double b, double out, double loss, double gradW,
                       double gradB, double learningRate, double newW, double newB, boolean biasLearns) {

        /** The step as plain text, one line per quantity, for people to read and copy. */
        public String text() {
            StringBuilder s = new StringBuilder();
            s.append("sample ").append(sample + 1).append(": x = ").append(n(x)).append(", y = ").append(n(y)).append('\n');
            s.append("out = w x + b = ").append(n(w)).append(" × ").append(n(x)).append(" + ").append(n(b))
                    .append(" = ").append(n(out)).append('\n');
            s.append("L = (out - y)² = (").append(n(out)).append(" - ").append(n(y)).append(")² = ").append(n(loss)).append('\n');
            s.append("dL/dw = 2 (out - y) x = ").append(n(gradW)).append('\n');
            s.append("dL/db = 2 (out - y) = ").append(n(gradB)).append('\n');
            s.append("w ← w - α dL/dw = ").append(n(w)).append(" - ").append(n(learningRate)).append(" × ")
                    .append(n(gradW)).append(" = ").append(n(newW)).append('\n');
            if (biasLearns) {
                s.append("b ← b - α dL/db = ").append(n(b)).append(" - ").append(n(learningRate)).append(" × ")
                        .append(n(gradB)).append(" = ").append(n(newB));
            } else {
                s.append("b stays ").append(n(b)).append(" (the bias does not learn)");
            }
            return s.toString();
        }

        private static String n(double v) {
            return NumberFormat.significant(v, 6);
        }
    }

    /** Whether the inspector applies: one input, one linear output, no hidden layer. */
    public static boolean applies(Network network) {
        return network.layerCount() == 1 && network.width(0) == 1 && network.width(1) == 1 && network.spec().allLinear();
    }

    /** The step plain per-sample gradient descent would take on {@code sample} from the current weights. */
    public static Step step(Network network, TrainingData data, int sample, TrainingConfig config) {
        if (!applies(network)) {
            throw new IllegalArgumentException("the step inspector works on one linear node with one input");
        }
        double x = data.input(sample, 0);
        double y = data.target(sample, 0);
        double w = network.weightBlock(1).get(0, 0);
        double b = network.biasBlock(1).get(0, 0);
        double out = w * x + b;
        double error = out - y;
        double loss = error * error;
        double gradB = 2.0 * error;
        double gradW = gradB * x;
        double lr = config.learningRate();
        double newW = w - lr * gradW;
        double newB = config.updateBiases() ? b - lr * gradB : b;
        return new Step(sample, x, y, w, b, out, loss, gradW, gradB, lr, newW, newB, config.updateBiases());
    }
}
