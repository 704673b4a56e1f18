package org.nnplayground.core.nn;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * A stack of linear layers is one linear layer: W_L(...(W_1 x + b_1)...) + b_L = W_eff x + b_eff.
 * This computes (W_eff, b_eff) for a network whose activations are all identity, skip connections
 * included (a residual layer maps x to (W + I) x + b).
 */
public final class LinearCollapse {
    private LinearCollapse() {
    }

    /** The single affine map equal to {@code network}; it must be linear throughout. */
    public static AffineMap of(Network network) {
        if (!network.spec().allLinear()) {
            throw new IllegalArgumentException("only a network whose activations are all linear collapses to one map");
        }
        return ignoringActivations(network);
    }

    /**
     * The affine map the network's weights would make if every activation were linear. Equal to the
     * network when it is linear; otherwise the distance between the two shows how much the
     * activations bend it.
     */
    public static AffineMap ignoringActivations(Network network) {
        NetworkSpec spec = network.spec();
        int inputs = network.width(0);
        // Start from the identity map on the inputs, then fold in one layer at a time.
        int rows = inputs;
        double[] m = new double[inputs * inputs];
        double[] c = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            m[i * inputs + i] = 1.0;
        }
        for (int l = 1; l <= network.layerCount(); l++) {
            int n = network.width(l);
            int fanIn = network.width(l - 1);
            ParamBlock w = network.weightBlock(l);
            ParamBlock b = network.biasBlock(l);
            boolean residual = spec.residual(l);
            double[] nextM = new double[n * inputs];
            double[] nextC = new double[n];
            for (int to = 0; to < n; to++) {
                double sum = b.get(to, 0);
                for (int k = 0; k < fanIn; k++) {
                    double wk = w.get(to, k);
                    sum += wk * c[k];
                    for (int col = 0; col < inputs; col++) {
                        nextM[to * inputs + col] += wk * m[k * inputs + col];
                    }
                }
                nextC[to] = sum;
                if (residual) {
                    nextC[to] += c[to];
                    for (int col = 0; col < inputs; col++) {
                        nextM[to * inputs + col] += m[to * inputs + col];
                    }
                }
            }
            m = nextM;
            c = nextC;
            rows = n;
        }
        return new AffineMap(rows, inputs, m, c);
    }
}
