package org.nnplayground.web.bench.size;

import java.util.function.IntUnaryOperator;

/**
 * Size measurement only: one lambda class, picked and applied by a number from the page.
 * {@link SizeProbeFortyLambdas} is the same with forty; the two modules differ by 39 lambda
 * classes (and 39 array elements), which gives one lambda class's fixed cost.
 */
public final class SizeProbeOneLambda {
    private SizeProbeOneLambda() {
    }

    public static void main(String[] args) {
        IntUnaryOperator[] ops = {x -> x + 1};
        int pick = SizeExportsBaseMain.pick().length();
        SizeExportsBaseMain.report("" + ops[pick % ops.length].applyAsInt(pick));
    }
}
