package org.nnplayground.core.data;

import org.nnplayground.core.math.Rng;

/**
 * Generates a dataset from a {@link DataSpec} and splits it into training and test data.
 *
 * <p>The same spec gives identical data, always: the points come from an {@link Rng} seeded with the
 * spec's seed. The points are shuffled (seeded) before splitting so that train and test are both
 * representative; the first {@code round(n * trainFraction)} (at least 1) are training data.
 * ARTICLE is the exception: it keeps the order x = 0..99 in both parts, and when the training
 * fraction is below 1 the training points are spread evenly over that order rather than drawn at random.
 * A data set typed as a formula ({@link FormulaData}) leaves out the points where the formula is
 * undefined, and the split's notice says how many; a table's rows ({@link OwnTable}) are shuffled and
 * split the same way, its points and noise being what the table says, and so are drawn points
 * ({@link DrawnPoints}; none drawn yet gives no data, on which training does nothing).
 */
public final class Datasets {
    private Datasets() {
    }

    /** Generates and splits the data described by {@code spec}. */
    public static DataSplit generate(DataSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("spec must not be null");
        }
        DatasetKind kind = spec.kind();
        Rng root = new Rng(spec.seed());
        Rng pointRng = root.split();
        Rng shuffleRng = root.split();

        if (kind.isDrawn()) {
            Dataset rows = spec.drawn().dataset(spec.classes());
            int[] order = new int[rows.size()];
            int train = drawnOrder(order, spec.trainFraction(), shuffleRng);
            return new DataSplit(rows.select(order, 0, train), rows.select(order, train, order.length), "");
        }
        if (kind.isTable()) {
            Dataset rows = spec.table().all();
            int count = rows.size();
            int train = trainCount(count, spec.trainFraction());
            int[] order = shuffledOrder(count, shuffleRng);
            return new DataSplit(rows.select(order, 0, train), rows.select(order, train, count), spec.table().notice());
        }
        int n = kind.isArticle() ? Curves.ARTICLE_SIZE : spec.points();
        PointBuffer points = new PointBuffer(n);
        Domain domain;
        String notice = "";
        if (kind.formulaKind() != null) {
            notice = FormulaData.generate(spec, pointRng, points);
            domain = kind.problem() == ProblemType.REGRESSION_1D ? FormulaData.curveDomain(points) : Domain.INPUT_SQUARE;
            n = points.size();
        } else {
            domain = generateBuiltIn(spec, pointRng, points);
        }
        if (points.size() != n) {
            throw new IllegalStateException(kind + " generated " + points.size() + " points instead of " + n);
        }

        Dataset all = toDataset(kind, spec.classes(), domain, points.trimmed());
        int trainCount = trainCount(n, spec.trainFraction());
        int[] order = kind.isArticle()
                ? evenlySpreadOrder(n, trainCount)
                : shuffledOrder(n, shuffleRng);
        return new DataSplit(all.select(order, 0, trainCount), all.select(order, trainCount, n), notice);
    }

    /** Fills {@code points} with a built-in shape; returns its domain. */
    private static Domain generateBuiltIn(DataSpec spec, Rng pointRng, PointBuffer points) {
        DatasetKind kind = spec.kind();
        switch (kind.problem()) {
            case REGRESSION_1D:
                Curves.generate(kind, spec.noise(), pointRng, points);
                return Curves.domain(kind, points);
            case CLASSIFICATION:
                BinaryShapes.generate(kind, spec.noise(), pointRng, points);
                return Domain.INPUT_SQUARE;
            case MULTICLASS:
                MulticlassShapes.generate(kind, kind.classCount(spec.classes()), spec.noise(), pointRng, points);
                return Domain.INPUT_SQUARE;
            case REGRESSION_2D:
                Surfaces.generate(kind, spec.noise(), pointRng, points);
                return Domain.INPUT_SQUARE;
            default:
                throw new IllegalStateException("unhandled problem type " + kind.problem());
        }
    }

    /**
     * Fills {@code order} with the drawn points' indices, training points first (each in drawing
     * order), and returns how many train. Point i trains when the i-th number {@code rng} draws is
     * below {@code fraction}, so a point added to a drawing moves no other between training and test;
     * the first point trains when none would.
     */
    static int drawnOrder(int[] order, double fraction, Rng rng) {
        int n = order.length;
        boolean[] trains = new boolean[n];
        int train = 0;
        for (int i = 0; i < n; i++) {
            trains[i] = rng.nextDouble() < fraction;
            train += trains[i] ? 1 : 0;
        }
        if (train == 0 && n > 0) {
            trains[0] = true;
            train = 1;
        }
        int a = 0;
        int b = train;
        for (int i = 0; i < n; i++) {
            order[trains[i] ? a++ : b++] = i;
        }
        return train;
    }

    /** round(n * fraction), at least 1 and at most n. */
    static int trainCount(int n, double fraction) {
        int count = (int) Math.floor(n * fraction + 0.5);
        return Math.max(1, Math.min(n, count));
    }

    private static Dataset toDataset(DatasetKind kind, int requestedClasses, Domain domain, PointBuffer p) {
        ProblemType problem = kind.problem();
        switch (problem) {
            case REGRESSION_1D:
                return new Dataset(problem, 0, domain, p.x1, null, null, p.targets);
            case REGRESSION_2D:
                return new Dataset(problem, 0, domain, p.x1, p.x2, null, p.targets);
            default:
                return new Dataset(problem, kind.classCount(requestedClasses), domain, p.x1, p.x2, p.labels, null);
        }
    }

    private static int[] shuffledOrder(int n, Rng rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffleInPlace(order);
        return order;
    }

    /**
     * Indices 0..n-1 with {@code trainCount} of them, spread evenly and in increasing order, first;
     * the rest follow, also in increasing order.
     */
    static int[] evenlySpreadOrder(int n, int trainCount) {
        int[] order = new int[n];
        int train = 0;
        int test = trainCount;
        for (int i = 0; i < n; i++) {
            boolean takesTrain = (long) (i + 1) * trainCount / n > (long) i * trainCount / n;
            if (takesTrain) {
                order[train++] = i;
            } else {
                order[test++] = i;
            }
        }
        return order;
    }
}
