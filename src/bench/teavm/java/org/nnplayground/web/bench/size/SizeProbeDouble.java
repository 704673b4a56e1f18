package org.nnplayground.web.bench.size;

import java.util.function.IntUnaryOperator;

/**
 * Size measurement only: {@link SizeProbeOneLambda} that also writes a double in its shortest
 * exact decimal form and reads one back ({@code Double.toString}, {@code Double.parseDouble}, as
 * the links do), so that the difference of the two modules is what those two bring.
 */
public final class SizeProbeDouble {
    private SizeProbeDouble() {
    }

    public static void main(String[] args) {
        IntUnaryOperator[] ops = {x -> x + 1};
        String hash = SizeExportsBaseMain.pick();
        int pick = hash.length();
        double read = Double.parseDouble(hash.isEmpty() ? "0.1" : hash.substring(1));
        SizeExportsBaseMain.report(ops[pick % ops.length].applyAsInt(pick) + Double.toString(read / 3));
    }
}
