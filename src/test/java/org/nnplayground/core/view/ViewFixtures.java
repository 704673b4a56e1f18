package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.layer.Activation;

/** Small networks with known outputs and datasets for the view tests. */
final class ViewFixtures {
    private ViewFixtures() {
    }

    /** x1, x2 -> one output f(gain * x1): positive on the right half of the plane, negative on the left. */
    static Network signOfX1(Activation output, double gain) {
        Network n = new Network(NetworkSpec.of(2, new int[0], Activation.TANH, 1, output), new Rng(1));
        n.weightBlock(1).values()[0] = gain;
        n.weightBlock(1).values()[1] = 0;
        n.biasBlock(1).values()[0] = 0;
        return n;
    }

    /** Three confident softmax classes: 0 for x1 &lt; -2, 1 in between, 2 for x1 &gt; 2. */
    static Network threeBands() {
        Network n = new Network(NetworkSpec.of(2, new int[0], Activation.TANH, 3, Activation.SOFTMAX), new Rng(1));
        double[] w = n.weightBlock(1).values();
        double[] b = n.biasBlock(1).values();
        w[0] = -20; w[1] = 0; b[0] = -40;
        w[2] = 0; w[3] = 0; b[1] = 0;
        w[4] = 20; w[5] = 0; b[2] = -40;
        return n;
    }

    /** Evaluates {@code network} on {@code grid} with the default features x1, x2. */
    static GridEvaluator evaluate(Network network, ViewGrid grid) {
        GridEvaluator eval = new GridEvaluator(network.spec(), grid.points());
        grid.writeInputs(FeatureSet.defaults(), eval);
        eval.evaluate(network, grid.points());
        return eval;
    }

    /** n points in the input square, labelled by the sign of x1 (class 1 on the right). */
    static Dataset binaryPoints(int n, long seed) {
        Rng rng = new Rng(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rng.uniform(-5.5, 5.5);
            x2[i] = rng.uniform(-5.5, 5.5);
            labels[i] = x1[i] > 0 ? 1 : 0;
        }
        return Dataset.ofClasses(ProblemType.CLASSIFICATION, 2, x1, x2, labels, Domain.INPUT_SQUARE);
    }

    static Dataset threeClassPoints(int n, long seed) {
        Rng rng = new Rng(seed);
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x1[i] = rng.uniform(-5.5, 5.5);
            x2[i] = rng.uniform(-5.5, 5.5);
            labels[i] = x1[i] < -2 ? 0 : x1[i] > 2 ? 2 : 1;
        }
        return Dataset.ofClasses(ProblemType.MULTICLASS, 3, x1, x2, labels, Domain.INPUT_SQUARE);
    }

    static Dataset curvePoints(int n, long seed, Domain domain) {
        Rng rng = new Rng(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.uniform(domain.xMin(), domain.xMax());
            y[i] = Math.max(domain.yMin(), Math.min(domain.yMax(), x[i] * 0.5));
        }
        return Dataset.ofCurve(x, y, domain);
    }

    static int red(int pixel) {
        return pixel & 0xFF; // pixels are 0xAABBGGRR
    }

    static int blue(int pixel) {
        return (pixel >>> 16) & 0xFF;
    }
}
