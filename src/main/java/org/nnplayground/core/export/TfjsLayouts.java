package org.nnplayground.core.export;

import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * The core's parameter blocks in TensorFlow.js's layouts, row-major as weights.bin holds them: a
 * dense or recurrent kernel is inputs x outputs (the block's transpose), a Conv1D kernel
 * kernel x features x filters, a Conv2D kernel rows x columns x channels x filters.
 */
final class TfjsLayouts {
    private TfjsLayouts() {
    }

    /** A block's fanOut x fanIn values as fanIn x fanOut. */
    static double[] transposed(ParamBlock w) {
        double[] t = new double[w.size()];
        int at = 0;
        for (int from = 0; from < w.fanIn(); from++) {
            for (int to = 0; to < w.fanOut(); to++) {
                t[at++] = w.get(to, from);
            }
        }
        return t;
    }

    /** Negates, in place, the first {@code count} columns of a rows x cols matrix. */
    static void negateColumns(double[] m, int rows, int cols, int count) {
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < count; k++) {
                m[r * cols + k] = -m[r * cols + k];
            }
        }
    }

    /** A 1-D convolution's filters x (kernel x features) block as kernel x features x filters. */
    static double[] conv1dKernel(ParamBlock w, int kernel, int features) {
        double[] k = new double[w.size()];
        int at = 0;
        for (int j = 0; j < kernel; j++) {
            for (int c = 0; c < features; c++) {
                for (int f = 0; f < w.fanOut(); f++) {
                    k[at++] = w.get(f, j * features + c);
                }
            }
        }
        return k;
    }

    /** A 2-D convolution's filters x (channels x kernel x kernel) block as kernel x kernel x channels x filters. */
    static double[] conv2dKernel(ParamBlock w, int kernel, int channels) {
        double[] k = new double[w.size()];
        int at = 0;
        for (int ky = 0; ky < kernel; ky++) {
            for (int kx = 0; kx < kernel; kx++) {
                for (int c = 0; c < channels; c++) {
                    for (int f = 0; f < w.fanOut(); f++) {
                        k[at++] = w.get(f, (c * kernel + ky) * kernel + kx);
                    }
                }
            }
        }
        return k;
    }
}
