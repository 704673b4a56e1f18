package org.nnplayground.core.nn.layer;

import java.util.List;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;

/**
 * A 2-D convolution over images: {@code filters} kernels of {@code kernel x kernel} pixels, each
 * spanning all input channels, slide over the image at a stride of 1 or 2; each gives one output
 * channel (a feature map), {@code out[f] = act(b[f] + sum over c, ky, kx of w[f, c, ky, kx] * in[c, y + ky, x + kx])}.
 * Images are {@code channels x height x width}, row-major, the column varying fastest: pixel
 * (c, y, x) is at {@code (c * height + y) * width + x}, in the input and in the output alike.
 *
 * <p>The filter block is {@code filters x (channels * kernel * kernel)} row-major, one row per
 * filter, and within a row channel by channel, each channel a {@code kernel x kernel} image stored
 * row by row: weight (f, c, ky, kx) is entry {@code to = f}, {@code from = (c * kernel + ky) * kernel + kx}
 * of the block (see {@link #weightIndex}). So a view draws channel c of filter f as a small image by
 * reading {@code kernel * kernel} consecutive values from {@code f * fanIn + c * kernel * kernel}.
 * The filters are regularized; the bias block (one per filter) is not.
 *
 * <p>Forward and backward loop over the kernel positions that lie inside the image (the padding's
 * zeros add nothing and are never read), in a fixed order: channel, kernel row, kernel column.
 * Backward skips an output whose gradient is exactly zero (a ReLU that is off). Neither allocates.
 */
public final class Conv2d implements Layer {
    /**
     * A convolution's description.
     *
     * @param filters number of filters (output channels), 1 to {@link Limits#MAX_FILTERS}
     * @param kernel side of the square kernel, 1 to {@link Limits#MAX_KERNEL}
     * @param stride 1 or 2, the same along both axes
     * @param padding how the border is treated
     * @param activation applied to every output (not softmax)
     */
    public record Spec(int filters, int kernel, int stride, Padding padding, Activation activation) implements LayerSpec {
        public Spec {
            Limits.requireWithin(Limits.FILTERS, filters, 1, Limits.MAX_FILTERS);
            Limits.requireWithin(Limits.KERNEL, kernel, 1, Limits.MAX_KERNEL);
            if (stride != 1 && stride != 2) {
                throw new IllegalArgumentException("a convolution's stride is 1 or 2, not " + stride);
            }
            if (padding == null) {
                throw new IllegalArgumentException("a convolution needs a padding: same or valid");
            }
            if (activation == null || !activation.allowedInHiddenLayer()) {
                throw new IllegalArgumentException("a convolution's activation must be one of the per-neuron ones, not "
                        + activation);
            }
        }

        /** {@code filters} filters of {@code kernel x kernel}, stride 1, same padding. */
        public static Spec of(int filters, int kernel, Activation activation) {
            return new Spec(filters, kernel, 1, Padding.SAME, activation);
        }

        @Override
        public Shape outputShape(Shape input) {
            ImageShapes.requireImage(input, "a 2-D convolution");
            int h = input.dim(1);
            int w = input.dim(2);
            String why = padding.misfit("height", h, kernel, stride);
            if (why == null) {
                why = padding.misfit("width", w, kernel, stride);
            }
            if (why != null) {
                throw new IllegalArgumentException("2-D convolution: " + why + ".");
            }
            return Shape.of(filters, padding.outputExtent(h, kernel, stride), padding.outputExtent(w, kernel, stride));
        }

        @Override
        public Conv2d build(Shape input, Init init, Rng rng) {
            Conv2d layer = new Conv2d(input, outputShape(input), this);
            init.initializeInPlace(layer.w, layer.b, layer.fanIn, filters * kernel * kernel, rng);
            return layer;
        }
    }

    private final Shape input;
    private final Shape output;
    private final Activation f;
    private final int channels;
    private final int height;
    private final int width;
    private final int filters;
    private final int kernel;
    private final int stride;
    private final int outHeight;
    private final int outWidth;
    private final int padTop;
    private final int padLeft;
    /** Weights per filter: channels * kernel * kernel. */
    private final int fanIn;
    private final double[] w;
    private final double[] b;
    private final double[] gw;
    private final double[] gb;
    /** Pre-activations of the last forward. */
    private final double[] z;
    /** dLoss/dz of the last backward. */
    private final double[] delta;
    private final ParamBlock weights;
    private final ParamBlock biases;
    private final List<ParamBlock> parameters;

    private Conv2d(Shape input, Shape output, Spec spec) {
        this.input = input;
        this.output = output;
        this.f = spec.activation();
        this.channels = input.dim(0);
        this.height = input.dim(1);
        this.width = input.dim(2);
        this.filters = spec.filters();
        this.kernel = spec.kernel();
        this.stride = spec.stride();
        this.outHeight = output.dim(1);
        this.outWidth = output.dim(2);
        this.padTop = spec.padding().before(height, kernel, stride);
        this.padLeft = spec.padding().before(width, kernel, stride);
        this.fanIn = channels * kernel * kernel;
        this.w = new double[filters * fanIn];
        this.b = new double[filters];
        this.gw = new double[w.length];
        this.gb = new double[filters];
        this.z = new double[output.size()];
        this.delta = new double[output.size()];
        this.weights = ParamBlock.weights(w, gw, fanIn, filters);
        this.biases = ParamBlock.biases(b, gb);
        this.parameters = List.of(weights, biases);
    }

    @Override
    public Shape inputShape() {
        return input;
    }

    @Override
    public Shape outputShape() {
        return output;
    }

    /**
     * Multiply-adds of one forward pass, counted exactly: each filter's weights times the kernel taps
     * that fall inside the image (the padding is never read), plus one bias per output.
     */
    @Override
    public long forwardCost() {
        long rows = insideTaps(outHeight, height, padTop);
        long columns = insideTaps(outWidth, width, padLeft);
        return (long) filters * channels * rows * columns + output.size();
    }

    /** The kernel taps inside an axis of {@code extent} pixels, summed over the {@code outputs} positions. */
    private long insideTaps(int outputs, int extent, int pad) {
        long taps = 0;
        for (int o = 0; o < outputs; o++) {
            int i0 = o * stride - pad;
            taps += Math.min(kernel, extent - i0) - (i0 < 0 ? -i0 : 0);
        }
        return taps;
    }

    /** The filter block, then the bias block. */
    @Override
    public List<ParamBlock> parameters() {
        return parameters;
    }

    /** The filter block ({@code filters x channels * kernel * kernel}, see the class comment), live. */
    public ParamBlock weights() {
        return weights;
    }

    /** The bias block, one per filter, live. */
    public ParamBlock biases() {
        return biases;
    }

    public Activation activation() {
        return f;
    }

    public int filters() {
        return filters;
    }

    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    /** Channels of the input, which every filter spans. */
    public int channels() {
        return channels;
    }

    /** Position in the filter block's values of weight (filter, channel, kernel row, kernel column). */
    public int weightIndex(int filter, int channel, int ky, int kx) {
        if (channel < 0 || channel >= channels || ky < 0 || ky >= kernel || kx < 0 || kx >= kernel) {
            throw new IllegalArgumentException("no weight at channel " + channel + ", row " + ky + ", column " + kx
                    + " of a " + channels + "-channel " + kernel + "x" + kernel + " filter");
        }
        return weights.index(filter, (channel * kernel + ky) * kernel + kx);
    }

    /** Pre-activations of the last {@link #forward}, live (same layout as the output). */
    public double[] preActivation() {
        return z;
    }

    /**
     * Four filters at a time, then the rest one by one: at each output pixel the four sums read each
     * input value once and run side by side, each in the order a filter alone is summed (channel,
     * kernel row, kernel column), so the bits are those of one filter at a time.
     */
    @Override
    public void forward(double[] in, double[] out) {
        double[] w = this.w;
        double[] z = this.z;
        int fanIn = this.fanIn;
        int kernel = this.kernel;
        int channels = this.channels;
        int width = this.width;
        int plane = height * width;
        int kk = kernel * kernel;
        int outPlane = outHeight * outWidth;
        int filter = 0;
        for (; filter + 4 <= filters; filter += 4) {
            int w0 = filter * fanIn;
            int w1 = w0 + fanIn;
            int w2 = w1 + fanIn;
            int w3 = w2 + fanIn;
            int o = filter * outPlane;
            for (int oy = 0; oy < outHeight; oy++) {
                int iy0 = oy * stride - padTop;
                int ky0 = iy0 < 0 ? -iy0 : 0;
                int ky1 = Math.min(kernel, height - iy0);
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    int ix0 = ox * stride - padLeft;
                    int kx0 = ix0 < 0 ? -ix0 : 0;
                    int kx1 = Math.min(kernel, width - ix0);
                    double s0 = b[filter];
                    double s1 = b[filter + 1];
                    double s2 = b[filter + 2];
                    double s3 = b[filter + 3];
                    for (int c = 0; c < channels; c++) {
                        int wc = c * kk;
                        int ic = c * plane + iy0 * width + ix0;
                        for (int ky = ky0; ky < ky1; ky++) {
                            int wr = wc + ky * kernel;
                            int ir = ic + ky * width;
                            for (int kx = kx0; kx < kx1; kx++) {
                                double x = in[ir + kx];
                                int at = wr + kx;
                                s0 += w[w0 + at] * x;
                                s1 += w[w1 + at] * x;
                                s2 += w[w2 + at] * x;
                                s3 += w[w3 + at] * x;
                            }
                        }
                    }
                    z[o] = s0;
                    z[o + outPlane] = s1;
                    z[o + 2 * outPlane] = s2;
                    z[o + 3 * outPlane] = s3;
                }
            }
        }
        for (; filter < filters; filter++) {
            forwardOne(filter, in, plane, kk);
        }
        f.applyAll(z, out, 0, z.length);
    }

    /** The pre-activations of one filter's feature map into {@link #z}. */
    private void forwardOne(int filter, double[] in, int plane, int kk) {
        int wf = filter * fanIn;
        double bias = b[filter];
        int o = filter * outHeight * outWidth;
        for (int oy = 0; oy < outHeight; oy++) {
            int iy0 = oy * stride - padTop;
            int ky0 = iy0 < 0 ? -iy0 : 0;
            int ky1 = Math.min(kernel, height - iy0);
            for (int ox = 0; ox < outWidth; ox++) {
                int ix0 = ox * stride - padLeft;
                int kx0 = ix0 < 0 ? -ix0 : 0;
                int kx1 = Math.min(kernel, width - ix0);
                double sum = bias;
                for (int c = 0; c < channels; c++) {
                    int wc = wf + c * kk;
                    int ic = c * plane + iy0 * width + ix0;
                    for (int ky = ky0; ky < ky1; ky++) {
                        int wr = wc + ky * kernel;
                        int ir = ic + ky * width;
                        for (int kx = kx0; kx < kx1; kx++) {
                            sum += w[wr + kx] * in[ir + kx];
                        }
                    }
                }
                z[o++] = sum;
            }
        }
    }

    @Override
    public void backward(double[] in, double[] out, double[] gradOut, double[] gradIn) {
        double[] d;
        if (f == Activation.IDENTITY) {
            d = gradOut;
        } else {
            f.backpropagate(gradOut, z, out, delta, delta.length);
            d = delta;
        }
        if (gradIn != null) {
            for (int i = 0; i < gradIn.length; i++) {
                gradIn[i] = 0.0;
            }
        }
        int plane = height * width;
        int kk = kernel * kernel;
        int o = 0;
        for (int filter = 0; filter < filters; filter++) {
            int wf = filter * fanIn;
            for (int oy = 0; oy < outHeight; oy++) {
                int iy0 = oy * stride - padTop;
                int ky0 = iy0 < 0 ? -iy0 : 0;
                int ky1 = Math.min(kernel, height - iy0);
                for (int ox = 0; ox < outWidth; ox++, o++) {
                    double dt = d[o];
                    if (dt == 0.0) {
                        continue;
                    }
                    gb[filter] += dt;
                    int ix0 = ox * stride - padLeft;
                    int kx0 = ix0 < 0 ? -ix0 : 0;
                    int kx1 = Math.min(kernel, width - ix0);
                    for (int c = 0; c < channels; c++) {
                        int wc = wf + c * kk;
                        int ic = c * plane + iy0 * width + ix0;
                        for (int ky = ky0; ky < ky1; ky++) {
                            int wr = wc + ky * kernel;
                            int ir = ic + ky * width;
                            if (gradIn == null) {
                                for (int kx = kx0; kx < kx1; kx++) {
                                    gw[wr + kx] += dt * in[ir + kx];
                                }
                            } else {
                                for (int kx = kx0; kx < kx1; kx++) {
                                    gw[wr + kx] += dt * in[ir + kx];
                                    gradIn[ir + kx] += w[wr + kx] * dt;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
