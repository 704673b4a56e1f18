package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Drawn points as data: split stably, classes raised to the drawing's, nothing drawn gives no data. */
class DrawnDataTest {
    private static DrawnPoints line(int n) {
        DrawnPoints p = DrawnPoints.empty(ProblemType.REGRESSION_1D);
        for (int i = 0; i < n; i++) {
            p = p.with(-1.4 + i * 0.01, Math.sin(i * 0.3), 0);
        }
        return p;
    }

    @Test
    void aDrawingSplitsBySeedAndAnAddedPointMovesNoOther() {
        DataSpec spec = DataSpec.of(DatasetKind.IDENTITY).withDrawn(line(60));
        assertEquals(DatasetKind.DRAWN_CURVE, spec.kind());
        DataSplit a = Datasets.generate(spec);
        assertEquals(60, a.size());
        assertTrue(a.train().size() > 15 && a.train().size() < 45, "about half train: " + a.train().size());
        DataSplit b = Datasets.generate(spec.withDrawn(line(61)));
        assertEquals(61, b.size());
        int moved = b.train().size() - a.train().size();
        assertTrue(moved == 0 || moved == 1);
        for (int i = 0; i < a.train().size(); i++) {
            assertEquals(a.train().x1(i), b.train().x1(i), 0.0, "training point " + i + " stays");
        }
        assertEquals(a.train().domain(), new Domain(-1.5, 1.5, -2, 2));
        assertEquals(60, Datasets.generate(spec.withTrainFraction(1.0)).train().size());
    }

    @Test
    void oneDrawnPointTrainsAndNoneGivesNoData() {
        DataSpec one = DataSpec.of(DatasetKind.CIRCLE).withDrawn(DrawnPoints.empty(ProblemType.CLASSIFICATION).with(1, 1, 1));
        DataSplit s = Datasets.generate(one.withTrainFraction(0.05));
        assertEquals(1, s.train().size());
        assertEquals(0, s.test().size());
        DataSplit none = Datasets.generate(one.withDrawn(DrawnPoints.empty(ProblemType.CLASSIFICATION)));
        assertEquals(0, none.size());
        assertEquals(DrawnPoints.empty(ProblemType.REGRESSION_2D), DataSpec.of(DatasetKind.DRAWN_SURFACE).drawn());
    }

    @Test
    void drawnClassesRaiseTheClassCountAndOtherKindsHoldNoDrawing() {
        DrawnPoints five = DrawnPoints.empty(ProblemType.MULTICLASS).with(0, 0, 4).with(1, 1, 0);
        DataSpec spec = DataSpec.of(DatasetKind.BLOBS).withClasses(3).withDrawn(five);
        assertEquals(5, spec.classes());
        assertEquals(5, spec.withClasses(2).classes(), "not below the highest class drawn");
        assertEquals(6, spec.withClasses(6).classes());
        assertEquals(5, Datasets.generate(spec).train().numClasses());
        assertEquals(null, spec.withKind(DatasetKind.BLOBS).drawn());
        assertEquals(five, spec.withSeed(9).withTrainFraction(0.7).drawn());
        assertThrows(IllegalArgumentException.class, () -> new DataSpec(DatasetKind.DRAWN_CLASSES, 10, 0, 0.5, 2, 1, "",
                null, five));
    }
}
