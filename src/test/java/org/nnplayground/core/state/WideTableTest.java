package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.data.Domain;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.InputSlice;
import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.data.TableChoice;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.table.CsvOptions;
import org.nnplayground.core.table.CsvReader;
import org.nnplayground.core.table.TextTable;
import org.nnplayground.core.view.ViewGrid;

/**
 * Tables of more than two inputs: the network takes every input, the views a slice over two of them
 * with the others at their means, and choosing the two changes no training.
 */
class WideTableTest {
    /** 200 rows of a, b, c, d and y = (a - 2 b + c d) / 4 (d from 1 to 3, off the others' range). */
    private static TextTable table() {
        StringBuilder csv = new StringBuilder("a,b,c,d,y\n");
        Rng rng = new Rng(4);
        for (int i = 0; i < 200; i++) {
            double a = Math.round(rng.uniform(-2, 2) * 100) / 100.0;
            double b = Math.round(rng.uniform(-2, 2) * 100) / 100.0;
            double c = Math.round(rng.uniform(-1, 1) * 100) / 100.0;
            double d = Math.round(rng.uniform(1, 3) * 100) / 100.0;
            csv.append(a).append(',').append(b).append(',').append(c).append(',').append(d).append(',')
                    .append((a - 2 * b + c * d) / 4).append('\n');
        }
        return CsvReader.read(csv.toString(), CsvOptions.DETECT);
    }

    private static PlaygroundState state(OwnTable own) {
        PlaygroundState base = Presets.defaultPreset().state();
        return StateEdits.withData(base, base.data().withTable(own));
    }

    @Test
    void everyColumnButTheLastIsAnInputAndTheNetworkTakesThemAll() {
        TextTable t = table();
        TableChoice usual = TableChoice.usual(t.columnCount());
        assertArrayEquals(new int[] {0, 1, 2, 3}, usual.inputs());
        OwnTable own = OwnTable.from(t, usual);
        assertEquals(ProblemType.REGRESSION_2D, own.problem());
        assertEquals(4, own.inputCount());
        PlaygroundState s = state(own);
        assertEquals(4, s.networkSpec().inputs(), "the features do not apply: every column is an input");
        DataSplit split = Datasets.generate(s.data());
        InputSlice slice = split.train().slice();
        assertEquals(4, slice.count());
        assertEquals(0, slice.first());
        assertEquals(1, slice.second());
        assertEquals(4, FeatureSet.inputCount(s.features(), split.train()));
        double sum = 0;
        for (int i = 0; i < split.train().size(); i++) {
            sum += split.train().input(i, 3);
            assertEquals(split.train().x1(i), split.train().input(i, 0), 0.0);
            assertEquals(split.train().x2(i), split.train().input(i, 1), 0.0);
        }
        for (int i = 0; i < split.test().size(); i++) {
            sum += split.test().input(i, 3);
        }
        assertEquals(sum / 200, slice.mean(3), 1e-12, "the mean over every row");
        Session session = new Session(s);
        double initial = session.last().train().loss();
        for (int e = 0; e < 20; e++) {
            session.stepEpoch();
        }
        assertTrue(session.last().train().loss() < initial / 2, "learns from the four inputs: " + initial + " to "
                + session.last().train().loss());
        assertNull(Datasets.generate(state(OwnTable.from(t, new TableChoice(new int[] {0, 1}, 4,
                TableChoice.Target.DETECT))).data()).train().slice(), "two inputs: no slice");
    }

    @Test
    void theViewsGridHoldsTheOtherInputsAtTheirMeans() {
        OwnTable own = OwnTable.from(table(), TableChoice.usual(5).showing(3, 1));
        DataSplit split = Datasets.generate(state(own).data());
        InputSlice slice = split.train().slice();
        Domain d = split.train().domain();
        assertTrue(d.xMin() > 0.8 && d.xMax() < 3.2, "across: d's range " + d);
        assertEquals(split.train().input(0, 3), split.train().x1(0), 0.0);
        ViewGrid grid = ViewGrid.plane(d, 8);
        GridEvaluator e = new GridEvaluator(state(own).networkSpec(), grid.points());
        grid.writeInputs(FeatureSet.defaults(), slice, e);
        double[] in = e.inputs();
        int cap = e.capacity();
        for (int p = 0; p < grid.points(); p++) {
            assertEquals(slice.mean(0), in[p], 0.0);
            assertEquals(grid.x2(p), in[cap + p], 0.0);
            assertEquals(slice.mean(2), in[2 * cap + p], 0.0);
            assertEquals(grid.x1(p), in[3 * cap + p], 0.0);
        }
    }

    @Test
    void choosingTheTwoInputsShownKeepsTheTraining() {
        OwnTable own = OwnTable.from(table(), TableChoice.usual(5));
        Session session = new Session(state(own));
        session.stepEpoch();
        session.stepEpoch();
        double[] before = session.trainer().network().parameterBuffer();
        session.trainer().network().copyParametersTo(before);
        OwnTable other = own.showing(2, 0);
        assertTrue(own.sameRowsAs(other));
        session.apply(StateEdits.withData(session.state(), session.state().data().withTable(other)));
        assertEquals(2, session.last().epoch());
        double[] after = session.trainer().network().parameterBuffer();
        session.trainer().network().copyParametersTo(after);
        assertArrayEquals(before, after);
        assertEquals(2, session.data().train().slice().first());
        assertThrows(IllegalArgumentException.class, () -> own.showing(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new TableChoice(new int[17], 20, TableChoice.Target.DETECT));
    }
}
