package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.table.CsvOptions;
import org.nnplayground.core.table.CsvReader;
import org.nnplayground.core.table.TableException;
import org.nnplayground.core.table.TextTable;

/** A table's chosen columns as data: problems, classes, rows left out, bad cells named by line, the split. */
class TableDataTest {
    private static TextTable read(String text) {
        return CsvReader.read(text, CsvOptions.DETECT);
    }

    private static OwnTable usual(String text) {
        TextTable t = read(text);
        return OwnTable.from(t, TableChoice.usual(t.columnCount()));
    }

    @Test
    void wordsInTheTargetAreClasses() {
        OwnTable t = usual("a,b,kind\n1,2,cat\n3,4,dog\n5,6,cat\n7,8,bird\n");
        assertEquals(ProblemType.MULTICLASS, t.problem());
        assertEquals(List.of("cat", "dog", "bird"), t.classNames(), "in order of first appearance");
        assertEquals(List.of("a", "b"), t.inputNames());
        assertEquals(4, t.size());
        assertEquals(2, t.all().label(3));
        assertEquals(7.0, t.all().x1(3));
        assertEquals(8.0, t.all().x2(3));
        OwnTable two = usual("a,b,y\n1,2,1\n3,4,0\n5,6,1\n");
        assertEquals(ProblemType.CLASSIFICATION, two.problem());
        assertEquals(List.of("0", "1"), two.classNames(), "numbers sort as numbers");
        assertEquals(1, two.all().label(0));
    }

    @Test
    void fractionsOrOneInputGiveValues() {
        OwnTable surface = usual("a,b,z\n1,2,0.5\n3,4,1.25\n5,6,-2\n");
        assertEquals(ProblemType.REGRESSION_2D, surface.problem());
        assertEquals(1.25, surface.all().target(1));
        OwnTable curve = usual("x;y\n0;1\n1;3\n2;5\n");
        assertEquals(ProblemType.REGRESSION_1D, curve.problem());
        assertEquals(5.0, curve.all().target(2));
        assertTrue(curve.all().domain().contains(2.0, 5.0) && curve.all().domain().contains(0.0, 1.0));
        TextTable t = read("a,b,y\n1,2,1\n3,4,0\n");
        assertEquals(ProblemType.REGRESSION_2D,
                OwnTable.from(t, new TableChoice(new int[] {0, 1}, 2, TableChoice.Target.VALUES)).problem());
        OwnTable chosen = OwnTable.from(read("y,skip,a\n1,x,2\n3,y,4\n"), new TableChoice(new int[] {2}, 0, TableChoice.Target.DETECT));
        assertEquals(List.of("a"), chosen.inputNames());
        assertEquals("y", chosen.targetName());
        assertEquals(2.0, chosen.all().x1(0));
    }

    @Test
    void rowsWithAMissingValueAreLeftOutAndCounted() {
        OwnTable t = usual("a,b,z\n1,2,0.5\n3,,1.5\n5,6,NaN\n7,8,inf\n9,10,2.5\n");
        assertEquals(2, t.size());
        assertEquals("3 rows were left out for a missing value (empty, NaN or infinity), first on line 3 in 'b'.",
                t.notice());
        assertEquals("", usual("a,b,z\n1,2,0.5\n3,4,1\n").notice());
        TableException none = assertThrows(TableException.class, () -> usual("a,b,z\n1,NaN,0.5\n3,4,\n"));
        assertTrue(none.getMessage().contains("no data is left"), none.getMessage());
    }

    @Test
    void aCellThatIsNoNumberIsNamedByItsLine() {
        TableException e = assertThrows(TableException.class, () -> usual("a,b,z\n1,2,0.5\n3,four,1.5\n"));
        assertEquals(3, e.line());
        assertEquals("line 3: 'four' in the column 'b' is not a number", e.getMessage());
        TableException comma = assertThrows(TableException.class, () -> usual("a;b;z\n1;2;0,5\n"));
        assertTrue(comma.getMessage().endsWith("(write the decimal point as '.')"), comma.getMessage());
        TableException huge = assertThrows(TableException.class, () -> usual("a,b,z\n1,2,3\n1e300,2,3\n"));
        assertTrue(huge.getMessage().startsWith("line 3: 1e300 in the column 'a' is too large"), huge.getMessage());
    }

    @Test
    void choicesThatDoNotFitAreRefusedInWords() {
        TextTable t = read("a,b,y\n1,2,p\n3,4,q\n");
        assertThrows(IllegalArgumentException.class, () -> new TableChoice(new int[] {0, 2}, 2, TableChoice.Target.DETECT));
        assertThrows(IllegalArgumentException.class, () -> new TableChoice(new int[] {0, 0}, 2, TableChoice.Target.DETECT));
        IllegalArgumentException oneInput = assertThrows(IllegalArgumentException.class,
                () -> OwnTable.from(t, new TableChoice(new int[] {0}, 2, TableChoice.Target.CLASSES)));
        assertTrue(oneInput.getMessage().startsWith("Classes need at least two input columns"), oneInput.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> OwnTable.from(t, new TableChoice(new int[] {0, 1}, 5, TableChoice.Target.DETECT)));
        IllegalArgumentException oneClass = assertThrows(IllegalArgumentException.class,
                () -> usual("a,b,y\n1,2,p\n3,4,p\n"));
        assertTrue(oneClass.getMessage().contains("classes need at least two"), oneClass.getMessage());
        StringBuilder nine = new StringBuilder("a,b,y\n");
        for (int i = 0; i < 9; i++) {
            nine.append(i).append(',').append(i).append(",c").append(i).append('\n');
        }
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> usual(nine.toString()));
        assertTrue(many.getMessage().contains("more than 8 classes"), many.getMessage());
    }

    @Test
    void aTableIsShuffledAndSplitFromTheSeedAndTrains() {
        StringBuilder text = new StringBuilder("x1,x2,label\n");
        org.nnplayground.core.math.Rng rng = new org.nnplayground.core.math.Rng(3);
        for (int i = 0; i < 300; i++) {
            double a = rng.uniform(-4, 4);
            double b = rng.uniform(-4, 4);
            text.append(a).append(',').append(b).append(',').append(a * b > 0 ? "same" : "other").append('\n');
        }
        OwnTable table = usual(text.toString());
        var base = Presets.defaultPreset().state();
        DataSpec spec = base.data().withTable(table);
        assertEquals(DatasetKind.TABLE_CLASSES, spec.kind());
        DataSplit split = Datasets.generate(spec);
        assertEquals(150, split.train().size());
        assertEquals(150, split.test().size());
        DataSplit again = Datasets.generate(spec);
        assertEquals(split.train().x1(7), again.train().x1(7));
        var state = base.withData(spec).withHidden(List.of(8, 8), List.of(base.hiddenActivations().get(0),
                base.hiddenActivations().get(0)));
        var trainer = state.newTrainer();
        double before = trainer.status().train().loss();
        var after = trainer.trainEpochs(300);
        assertTrue(after.train().loss() < before * 0.5, before + " -> " + after.train().loss());
        assertThrows(IllegalArgumentException.class, () -> DataSpec.of(DatasetKind.TABLE_CLASSES), "a table kind needs its table");
        assertEquals(DatasetKind.CIRCLE, spec.withKind(DatasetKind.CIRCLE).kind());
        assertEquals(null, spec.withKind(DatasetKind.CIRCLE).table());
    }

    @Test
    void aLinkNeverCarriesATable() {
        OwnTable table = usual("x,y\n0,1\n1,2\n2,3\n");
        assertEquals(3, table.size());
        DataSpec spec = DataSpec.of(DatasetKind.SINE).withTable(table);
        assertEquals(DatasetKind.TABLE_CURVE, spec.kind());
        assertEquals(spec, spec.withPoints(spec.points()));
    }
}
