package org.nnplayground.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same spec must give the same bits; a different seed must give different data. */
class DatasetsDeterminismTest {
    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"TABLE_CURVE", "TABLE_CLASSES", "TABLE_MULTICLASS", "TABLE_SURFACE"},
            mode = EnumSource.Mode.EXCLUDE) // a table is loaded, not generated: TableDataTest
    void sameSpecGivesIdenticalBits(DatasetKind kind) {
        DataSpec spec = DataSpec.of(kind).withNoise(0.3).withPoints(300).withClasses(5).withSeed(12345);
        assertEquals(fingerprint(Datasets.generate(spec)), fingerprint(Datasets.generate(spec)));
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"ARTICLE", "ARTICLE_SCALED", "TABLE_CURVE", "TABLE_CLASSES",
        "TABLE_MULTICLASS", "TABLE_SURFACE", "DRAWN_CURVE", "DRAWN_CLASSES", "DRAWN_MULTICLASS", "DRAWN_SURFACE"}, mode = EnumSource.Mode.EXCLUDE)
    void differentSeedGivesDifferentData(DatasetKind kind) {
        DataSpec spec = DataSpec.of(kind).withNoise(0.3).withPoints(300).withClasses(5);
        assertNotEquals(fingerprint(Datasets.generate(spec.withSeed(1))),
                fingerprint(Datasets.generate(spec.withSeed(2))));
    }

    @ParameterizedTest
    @EnumSource(value = DatasetKind.class, names = {"ARTICLE", "ARTICLE_SCALED", "TABLE_CURVE", "TABLE_CLASSES",
        "TABLE_MULTICLASS", "TABLE_SURFACE", "DRAWN_CURVE", "DRAWN_CLASSES", "DRAWN_MULTICLASS", "DRAWN_SURFACE"}, mode = EnumSource.Mode.EXCLUDE)
    void differentSeedGivesDifferentPointsNotJustADifferentOrder(DatasetKind kind) {
        DataSpec spec = DataSpec.of(kind).withPoints(50).withTrainFraction(1.0).withClasses(5);
        Dataset a = Datasets.generate(spec.withSeed(1)).train();
        Dataset b = Datasets.generate(spec.withSeed(2)).train();
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < 50; i++) {
            sumA += a.x1(i);
            sumB += b.x1(i);
        }
        assertNotEquals(sumA, sumB);
    }

    /** Every value of every point, as exact bits, in order. */
    static String fingerprint(DataSplit split) {
        StringBuilder sb = new StringBuilder();
        for (Dataset d : new Dataset[] {split.train(), split.test()}) {
            sb.append(d.size()).append('|').append(d.domain()).append('|');
            for (int i = 0; i < d.size(); i++) {
                sb.append(Long.toHexString(Double.doubleToRawLongBits(d.x1(i)))).append(',')
                        .append(Long.toHexString(Double.doubleToRawLongBits(d.x2(i)))).append(',');
                if (d.problem().isClassification()) {
                    sb.append(d.label(i));
                } else {
                    sb.append(Long.toHexString(Double.doubleToRawLongBits(d.target(i))));
                }
                sb.append(';');
            }
        }
        return sb.toString();
    }
}
