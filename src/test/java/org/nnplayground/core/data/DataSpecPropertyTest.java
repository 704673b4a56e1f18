package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nnplayground.core.math.Rng;

/**
 * Property: any valid spec generates data of the promised shape without throwing. The specs are drawn
 * from a seeded {@link Rng}, with the boundary values of every field drawn often, so failures replay.
 */
class DataSpecPropertyTest {
    private static final int TRIES = 300;

    static Stream<DataSpec> validSpecs() {
        Rng rng = new Rng(20240611L);
        DatasetKind[] kinds = java.util.Arrays.stream(DatasetKind.values()).filter(k -> !k.isTable() && !k.isDrawn())
                .toArray(DatasetKind[]::new); // a table kind needs its table, a drawing its points: TableDataTest, DrawnDataTest
        List<DataSpec> specs = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            DatasetKind kind = kinds[i % kinds.length];
            int points = pick(rng, 1, DataSpec.MAX_POINTS, 1 + rng.nextInt(DataSpec.MAX_POINTS));
            double noise = pick(rng, 0.0, 1.0, rng.nextDouble());
            double fraction = pick(rng, DataSpec.MIN_TRAIN_FRACTION, DataSpec.MAX_TRAIN_FRACTION,
                    rng.uniform(DataSpec.MIN_TRAIN_FRACTION, DataSpec.MAX_TRAIN_FRACTION));
            int classes = DataSpec.MIN_CLASSES + rng.nextInt(DataSpec.MAX_CLASSES - DataSpec.MIN_CLASSES + 1);
            specs.add(new DataSpec(kind, points, noise, fraction, classes, rng.nextLong()));
        }
        return specs.stream();
    }

    @ParameterizedTest
    @MethodSource("validSpecs")
    void anyValidSpecGenerates(DataSpec spec) {
        DataSplit split = Datasets.generate(spec);
        int n = spec.kind().isArticle() ? 100 : spec.points();
        assertEquals(n, split.size());
        assertEquals(Datasets.trainCount(n, spec.trainFraction()), split.train().size());
        assertTrue(split.train().size() >= 1);
        assertEquals(spec.kind().classCount(spec.classes()), split.train().numClasses());
        Domain domain = split.train().domain();
        for (Dataset d : new Dataset[] {split.train(), split.test()}) {
            for (int i = 0; i < d.size(); i++) {
                double y = d.dimension() == 1 ? d.target(i) : d.x2(i);
                assertTrue(domain.contains(d.x1(i), y), spec + " point " + i + " outside " + domain);
                if (d.problem() == ProblemType.REGRESSION_2D) {
                    assertTrue(Double.isFinite(d.target(i)));
                }
            }
        }
    }

    /** low or high with probability 1/8 each, else the random value. */
    private static int pick(Rng rng, int low, int high, int random) {
        int r = rng.nextInt(8);
        return r == 0 ? low : r == 1 ? high : random;
    }

    private static double pick(Rng rng, double low, double high, double random) {
        int r = rng.nextInt(8);
        return r == 0 ? low : r == 1 ? high : random;
    }
}
