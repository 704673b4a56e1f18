package org.nnplayground.core.nn.layer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * The image layers' forward and backward passes allocate nothing: every buffer is made when the
 * layer is built. Measured with the JVM's per-thread allocation counter over many passes (both
 * backward forms: with an input gradient and without, as for a first layer).
 */
class LayerAllocationTest {
    /** Passes first run unmeasured, so that one-off work of the runtime (class set-up) is done. */
    private static final int WARM_UP = 1000;
    /**
     * Passes measured. An allocation in a pass would cost at least 16 bytes each time; the bound of
     * fewer bytes than passes leaves room only for the runtime's own rare one-off work.
     */
    private static final int PASSES = 3000;
    @Test
    void forwardAndBackwardAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<LayerSpec> specs = List.of(new Conv2d.Spec(3, 3, 2, Padding.SAME, Activation.TANH),
                new Conv2d.Spec(2, 3, 1, Padding.VALID, Activation.RELU), new MaxPool2d.Spec(), new AvgPool2d.Spec(),
                new GlobalMaxPool.Spec(), new GlobalAvgPool.Spec(), new Flatten.Spec());
        for (LayerSpec spec : specs) {
            Layer layer = spec.build(Shape.of(2, 8, 8), Init.HE, new Rng(1));
            allocatedBy(threads, layer, WARM_UP);
            long bytes = allocatedBy(threads, layer, PASSES);
            assertTrue(bytes < PASSES, spec + " allocated " + bytes + " bytes in " + PASSES + " passes");
        }
        Layer conv1 = new Conv1d.Spec(3, 3, 1, Padding.SAME, Activation.TANH).build(Shape.of(10, 2), Init.HE, new Rng(1));
        allocatedBy(threads, conv1, WARM_UP);
        long bytes = allocatedBy(threads, conv1, PASSES);
        assertTrue(bytes < PASSES, "1-D convolution allocated " + bytes + " bytes in " + PASSES + " passes");
    }

    private static long allocatedBy(com.sun.management.ThreadMXBean threads, Layer layer, int passes) {
        double[] in = GradientChecks.uniform(new Rng(2), layer.inputShape().size());
        double[] out = new double[layer.outputShape().size()];
        double[] gradOut = GradientChecks.uniform(new Rng(3), out.length);
        double[] gradIn = new double[in.length];
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < passes; i++) {
            layer.forward(in, out);
            layer.backward(in, out, gradOut, gradIn);
            layer.backward(in, out, gradOut, null);
        }
        return threads.getThreadAllocatedBytes(id) - before;
    }
}
