package org.nnplayground.core.teach;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.AffineMap;
import org.nnplayground.core.nn.LinearCollapse;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.TrainingData;

/**
 * How far a network is from the single affine node its weights collapse to: for an all-linear network
 * the two agree everywhere (the lesson: stacked linear layers are one layer); once any layer bends,
 * they part. Measured as the largest difference between the network's output and the collapsed map's
 * over the data.
 */
public final class CollapseMeter {
    private CollapseMeter() {
    }

    /** The reading: the collapsed map, the largest gap over the data, and whether the network is linear. */
    public record Reading(AffineMap collapsed, double largestGap, boolean linear) {
    }

    public static Reading read(Network network, TrainingData data) {
        AffineMap map = LinearCollapse.ignoringActivations(network);
        double[] x = new double[data.inputSize()];
        double gap = 0.0;
        for (int i = 0; i < data.size(); i++) {
            for (int c = 0; c < x.length; c++) {
                x[c] = data.input(i, c);
            }
            double[] viaMap = map.apply(x);
            double[] viaNetwork = network.forward(x, 0);
            for (int o = 0; o < viaMap.length; o++) {
                double d = Math.abs(viaNetwork[o] - viaMap[o]);
                if (d > gap || Doubles.isNaN(d)) {
                    gap = d;
                }
            }
        }
        return new Reading(map, gap, network.spec().allLinear());
    }
}
