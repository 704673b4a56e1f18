package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.state.Presets;

/** The data as CSV, the hexadecimal floats of the script, and the raw rows predict takes. */
class DataCsvTest {
    @Test
    void everyTrainingAndTestPointIsARow() {
        for (String preset : new String[] {"default", "spiral", "one-node"}) {
            DataSplit split = Datasets.generate(Presets.byId(preset).state().data());
            String[] lines = DataCsv.write(split).split("\r\n");
            Dataset train = split.train();
            boolean oneD = train.dimension() == 1;
            boolean classes = train.problem().isClassification();
            assertEquals((oneD ? "x" : "x1,x2") + (classes ? ",label" : oneD ? ",y" : ",target") + ",set", lines[0]);
            assertEquals(1 + split.size(), lines.length, preset);
            for (int i = 0; i < split.size(); i++) {
                boolean isTrain = i < train.size();
                Dataset d = isTrain ? train : split.test();
                int k = isTrain ? i : i - train.size();
                String[] cells = lines[1 + i].split(",");
                assertEquals(d.x1(k), Double.parseDouble(cells[0]), 1e-14 * Math.max(1, Math.abs(d.x1(k))));
                if (!oneD) {
                    assertEquals(d.x2(k), Double.parseDouble(cells[1]), 1e-14 * Math.max(1, Math.abs(d.x2(k))));
                }
                String label = cells[oneD ? 1 : 2];
                if (classes) {
                    assertEquals(d.label(k), Integer.parseInt(label));
                } else {
                    assertEquals(d.target(k), Double.parseDouble(label), 1e-14 * Math.max(1, Math.abs(d.target(k))));
                }
                assertEquals(isTrain ? "train" : "test", cells[cells.length - 1]);
            }
        }
    }

    /** Property: hexadecimal floats read back (by Java's own reader of the same notation) as the very same bits. */
    @Test
    void hexFloatsReadBackBitForBit() {
        Rng rng = new Rng(5);
        double[] special = {0.0, -0.0, 1.0, -2.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 1e-310};
        for (double v : special) {
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(HexFloat.format(v))), HexFloat.format(v));
        }
        for (int i = 0; i < 20_000; i++) {
            double v = Double.longBitsToDouble(rng.nextLong());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                continue;
            }
            String text = HexFloat.format(v);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Double.parseDouble(text)), text);
        }
        assertEquals("0x1.8p-1", HexFloat.format(0.75));
        assertEquals("-0x0.0p+0", HexFloat.format(-0.0));
    }

    @Test
    void predictTakesRawRowsAndRefusesBadOnes() {
        ModelSnapshot s = Snapshots.preset("default", 3);
        double[] out = Predictions.of(s.network(), s.features(), new double[] {1, 2, -3, 0.5}, 2);
        assertEquals(2, out.length);
        assertEquals(s.network().forward(new double[] {1, 2}, 0)[0], out[0], 0.0);
        IllegalArgumentException wrongWidth = assertThrows(IllegalArgumentException.class,
                () -> Predictions.of(s.network(), s.features(), new double[] {1, 2, 3}, 3));
        assertEquals("Each row needs 2 values (x1, x2), not 3.", wrongWidth.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Predictions.of(s.network(), s.features(), new double[] {1, 2, Double.NaN, 0}, 2));
        assertEquals("Row 2 holds NaN; every input must be a finite number.", nan.getMessage());
        ModelSnapshot features = Snapshots.preset("spiral", 0);
        double[] x = Inputs.expand(features.features(), new double[] {0.5, 2}, 2);
        assertEquals(4, x.length, "x1, x2, sin x1, sin x2 from the raw row");
        assertEquals(0.5, x[0]);
        assertEquals(2, x[1]);
        assertEquals(org.nnplayground.core.math.DetMath.sin(2), x[3]);
    }
}
