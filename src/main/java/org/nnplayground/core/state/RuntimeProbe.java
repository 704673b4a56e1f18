package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Fingerprint;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;

/**
 * Short runs that together touch every activation, loss, optimizer, regularization, initialisation,
 * skip connections, the grid pass and the core's maths, then the image generators and the convolutional
 * layers ({@link ConvProbe}), each summarised by a fingerprint. The JVM and
 * both browser builds must produce identical lines; a browser test compares them.
 */
public final class RuntimeProbe {
    private RuntimeProbe() {
    }

    /** One "name=fingerprint" line per probe. */
    public static List<String> run() {
        List<String> lines = new ArrayList<>();
        lines.add("math=" + mathFingerprint());
        DataSpec circle = DataSpec.of(DatasetKind.CIRCLE).withPoints(60).withNoise(0.2).withSeed(3);
        DataSpec blobs = DataSpec.of(DatasetKind.BLOBS).withPoints(60).withClasses(3).withNoise(0.3).withSeed(4);
        DataSpec cubic = DataSpec.of(DatasetKind.CUBIC).withPoints(40).withNoise(0.1).withSeed(5);
        TrainingConfig base = TrainingConfig.of(Loss.SQUARED_ERROR, 0.03, 7);
        for (Activation hidden : Activation.values()) {
            if (!hidden.allowedInHiddenLayer()) {
                continue;
            }
            PlaygroundState s = PlaygroundState.withProblemDefaults(circle, FeatureSet.all(), List.of(5, 5),
                    hidden, base).withSkip(true).withInit(Init.GLOROT);
            lines.add("hidden-" + hidden.id() + "=" + train(s, 3));
        }
        for (Activation output : Activation.values()) {
            if (output == Activation.SOFTMAX) {
                continue;
            }
            PlaygroundState s = PlaygroundState.withProblemDefaults(cubic, FeatureSet.defaults(), List.of(6),
                    Activation.TANH, base).withOutput(output, Loss.SQUARED_ERROR);
            lines.add("output-" + output.id() + "=" + train(s, 3));
        }
        PlaygroundState bce = PlaygroundState.withProblemDefaults(circle, FeatureSet.defaults(), List.of(4),
                Activation.RELU, base).withOutput(Activation.SIGMOID, Loss.BINARY_CROSS_ENTROPY).withInit(Init.HE);
        lines.add("bce=" + train(bce, 3));
        PlaygroundState softmax = PlaygroundState.withProblemDefaults(blobs, FeatureSet.defaults(), List.of(6),
                Activation.ELU, base);
        lines.add("softmax-ce=" + train(softmax, 3));
        for (OptimizerKind optimizer : OptimizerKind.values()) {
            for (Regularization reg : Regularization.values()) {
                TrainingConfig config = base.withOptimizer(optimizer).withRegularization(reg, 0.01).withBatchSize(5);
                PlaygroundState s = PlaygroundState.withProblemDefaults(circle, FeatureSet.defaults(), List.of(4, 4),
                        Activation.TANH, config);
                lines.add(optimizer.id() + "-" + reg.id() + "=" + train(s, 3));
            }
        }
        lines.add("grid=" + gridFingerprint(softmax));
        lines.add("log1p-softplus=" + log1pFingerprint());
        lines.addAll(ConvProbe.run());
        return lines;
    }

    /**
     * The core function named {@code name} (exp, expm1, log, log1p, tanh, sin, cos, sigmoid, softplus)
     * at {@code x}; NaN for any other name. For tests that compare the runtimes' bits one value at a time.
     */
    public static double math(String name, double x) {
        switch (name) {
            case "exp":
                return DetMath.exp(x);
            case "expm1":
                return DetMath.expm1(x);
            case "log":
                return DetMath.log(x);
            case "log1p":
                return DetMath.log1p(x);
            case "softplus":
                return DetMath.softplus(x);
            case "tanh":
                return DetMath.tanh(x);
            case "sin":
                return DetMath.sin(x);
            case "cos":
                return DetMath.cos(x);
            case "sigmoid":
                return DetMath.sigmoid(x);
            default:
                return Double.NaN;
        }
    }

    private static String train(PlaygroundState state, int epochs) {
        Trainer trainer = state.newTrainer();
        trainer.trainEpochs(epochs);
        return trainer.network().fingerprint().add(trainer.status().train().loss()).hex();
    }

    private static String mathFingerprint() {
        Fingerprint f = new Fingerprint();
        Rng rng = new Rng(99);
        for (int i = 0; i < 2000; i++) {
            double x = rng.uniform(-30, 30) * rng.nextDouble() * rng.nextDouble();
            f.add(DetMath.exp(x)).add(DetMath.expm1(x)).add(DetMath.tanh(x)).add(DetMath.sin(x * 100))
                    .add(DetMath.cos(x)).add(DetMath.sigmoid(x)).add(DetMath.softplus(x))
                    .add(DetMath.log(Math.abs(x) + 1e-300)).add(DetMath.log1p(Math.abs(x))).add(rng.nextGaussian());
        }
        return f.hex();
    }

    /**
     * log1p and softplus at many points of [-1, 3): where 1 + x is inexact their last bit hangs on
     * the order of a three-term sum, which a runtime that reassociated it would get wrong now and then
     * (about 1 point in 2,000), too rarely for a few hundred points to show.
     */
    private static String log1pFingerprint() {
        Fingerprint f = new Fingerprint();
        Rng rng = new Rng(31);
        for (int i = 0; i < 20000; i++) {
            double x = rng.uniform(-1, 3);
            f.add(DetMath.log1p(x)).add(DetMath.softplus(x));
        }
        return f.hex();
    }

    private static String gridFingerprint(PlaygroundState state) {
        Trainer trainer = state.newTrainer();
        trainer.trainEpochs(2);
        Network network = trainer.network();
        GridEvaluator grid = new GridEvaluator(network.spec(), 100);
        Rng rng = new Rng(7);
        for (int i = 0; i < grid.inputs().length; i++) {
            grid.inputs()[i] = rng.uniform(-6, 6);
        }
        grid.evaluate(network, 100);
        Fingerprint f = new Fingerprint();
        for (int l = 0; l <= network.layerCount(); l++) {
            f.addAll(grid.values(l));
        }
        return f.hex();
    }
}
