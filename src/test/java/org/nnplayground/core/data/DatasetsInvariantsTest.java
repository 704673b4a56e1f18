package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every generated dataset must have, for every kind at low, medium and full noise. */
class DatasetsInvariantsTest {
    static Stream<Arguments> kindsAndNoise() {
        List<Arguments> cases = new ArrayList<>();
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.isTable() || kind.isDrawn()) {
                continue; // loaded or drawn, not generated: TableDataTest, DrawnDataTest
            }
            for (double noise : new double[] {0.0, 0.5, 1.0}) {
                cases.add(Arguments.of(kind, noise));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} noise {1}")
    @MethodSource("kindsAndNoise")
    void generatedDataIsWellFormed(DatasetKind kind, double noise) {
        DataSpec spec = DataSpec.of(kind).withPoints(400).withNoise(noise).withTrainFraction(0.7)
                .withClasses(6).withSeed(7);
        DataSplit split = Datasets.generate(spec);
        Dataset train = split.train();
        Dataset test = split.test();
        int n = kind.isArticle() ? 100 : 400;

        assertEquals(n, train.size() + test.size());
        assertEquals(Math.round(n * 0.7), train.size());
        assertSame(train.domain(), test.domain());
        for (Dataset d : new Dataset[] {train, test}) {
            assertEquals(kind.problem(), d.problem());
            assertEquals(kind.problem() == ProblemType.REGRESSION_1D ? 1 : 2, d.dimension());
            assertEquals(kind.classCount(6), d.numClasses());
        }

        Domain domain = train.domain();
        boolean[] seen = new boolean[Math.max(1, kind.classCount(6))];
        for (SplitPoints.Point p : SplitPoints.of(split).points()) {
            assertTrue(Double.isFinite(p.x1()) && Double.isFinite(p.x2()), p.toString());
            if (kind.problem().isClassification()) {
                assertTrue(p.label() >= 0 && p.label() < seen.length, p.toString());
                seen[p.label()] = true;
            } else {
                assertTrue(Double.isFinite(p.target()), p.toString());
            }
            if (kind.problem() == ProblemType.REGRESSION_1D) {
                assertEquals(0.0, p.x2());
                assertTrue(domain.contains(p.x1(), p.target()), p + " outside " + domain);
            } else {
                assertTrue(domain.contains(p.x1(), p.x2()), p + " outside " + domain);
            }
        }
        for (int c = 0; c < seen.length && kind.problem().isClassification(); c++) {
            assertTrue(seen[c], "class " + c + " missing");
        }
    }

    @Test
    void twoDimensionalDataUsesTheInputSquare() {
        assertEquals(new Domain(-6, 6, -6, 6), Datasets.generate(DataSpec.of(DatasetKind.SPIRAL)).train().domain());
        assertEquals(Domain.INPUT_SQUARE, Datasets.generate(DataSpec.of(DatasetKind.PLANE)).train().domain());
    }

    @Test
    void oneDimensionalDomainHasAMarginAroundXAndTheCurve() {
        Domain d = Datasets.generate(DataSpec.of(DatasetKind.SQUARE)).train().domain();
        assertEquals(-1.5 - 0.15, d.xMin(), 1e-12);
        assertEquals(1.5 + 0.15, d.xMax(), 1e-12);
        assertEquals(0.0 - 0.1125, d.yMin(), 1e-12);
        assertEquals(2.25 + 0.1125, d.yMax(), 1e-12);
    }

    @Test
    void trainFractionOneLeavesAnEmptyTestSet() {
        DataSplit split = Datasets.generate(DataSpec.of(DatasetKind.XOR).withTrainFraction(1.0).withPoints(33));
        assertEquals(33, split.train().size());
        assertEquals(0, split.test().size());
        assertEquals(33, split.size());
    }

    @Test
    void trainingSetIsNeverEmpty() {
        DataSplit split = Datasets.generate(DataSpec.of(DatasetKind.CIRCLE).withPoints(1).withTrainFraction(0.05));
        assertEquals(1, split.train().size());
        assertEquals(0, split.test().size());
        split = Datasets.generate(DataSpec.of(DatasetKind.CIRCLE).withPoints(10).withTrainFraction(0.05));
        assertEquals(1, split.train().size());
        assertEquals(9, split.test().size());
    }

    @Test
    void bothPartsAreRepresentative() {
        DataSplit split = Datasets.generate(DataSpec.of(DatasetKind.CIRCLE).withPoints(1000));
        for (Dataset d : new Dataset[] {split.train(), split.test()}) {
            int positives = 0;
            for (int i = 0; i < d.size(); i++) {
                positives += d.label(i);
            }
            assertTrue(positives > 0.4 * d.size() && positives < 0.6 * d.size(), "positives " + positives);
        }
    }

    @Test
    void blobsUseTheRequestedClassCountAndOthersIgnoreIt() {
        for (int k = 2; k <= 8; k++) {
            Dataset d = Datasets.generate(DataSpec.of(DatasetKind.BLOBS).withClasses(k)).train();
            assertEquals(k, d.numClasses());
        }
        assertEquals(3, Datasets.generate(DataSpec.of(DatasetKind.SPIRAL3).withClasses(8)).train().numClasses());
        assertEquals(2, Datasets.generate(DataSpec.of(DatasetKind.MOONS).withClasses(8)).train().numClasses());
    }

    @Test
    void nullSpecIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Datasets.generate(null));
    }
}
