package org.nnplayground.core.data;

import org.nnplayground.core.formula.Formula;
import org.nnplayground.core.limits.Limits;

/**
 * Everything that determines a generated dataset. The same spec always gives the same data
 * (see {@link Datasets#generate(DataSpec)}); invalid values are rejected here, in one place.
 *
 * @param kind          which dataset
 * @param points        number of points, 1..{@link #MAX_POINTS} (ignored by {@link DatasetKind#ARTICLE})
 * @param noise         0 = none, 1 = a lot; each dataset maps it to its own natural scale
 *                      (1 corresponds to TensorFlow Playground's 50 %)
 * @param trainFraction share of the points used for training, {@value #MIN_TRAIN_FRACTION}..1
 * @param classes       number of classes, 2..{@value #MAX_CLASSES}; only {@link DatasetKind#BLOBS} uses it
 * @param seed          seed of the generator
 * @param formula       the formula of a kind typed as one ({@link DatasetKind#formulaKind()}), without
 *                      surrounding spaces; empty (or null) there gives the kind's
 *                      {@link DatasetKind#defaultFormula()}; always "" for the other kinds
 * @param table         the rows of a table kind ({@link DatasetKind#isTable()}), whose problem it poses
 *                      and whose class count becomes {@code classes}; null for the other kinds. A table
 *                      ignores {@code points} and {@code noise}.
 * @param drawn         the points of a drawn kind ({@link DatasetKind#isDrawn()}; null there means none
 *                      yet), of its problem; null for the other kinds. Drawn points ignore {@code points}
 *                      and {@code noise}; drawn classes raise {@code classes} to the highest class drawn.
 */
public record DataSpec(DatasetKind kind, int points, double noise, double trainFraction, int classes, long seed,
                       String formula, OwnTable table, DrawnPoints drawn) {
    /** The largest allowed number of points. */
    public static final int MAX_POINTS = Limits.MAX_POINTS;
    /** The smallest allowed number of classes. */
    public static final int MIN_CLASSES = 2;
    /** The largest allowed number of classes. */
    public static final int MAX_CLASSES = 8;
    /** The smallest allowed training fraction. */
    public static final double MIN_TRAIN_FRACTION = 0.05;
    /** The largest allowed training fraction (all data is training data). */
    public static final double MAX_TRAIN_FRACTION = 1.0;

    /** Validates every field; see the class description for the allowed ranges. */
    public DataSpec {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null; use one of the DatasetKind constants");
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException(
                    "points must be between 1 and " + MAX_POINTS + ", was " + points);
        }
        if (!(noise >= 0.0 && noise <= 1.0)) {
            throw new IllegalArgumentException("noise must be between 0 and 1 (0 = none, 1 = a lot), was " + noise);
        }
        if (!(trainFraction >= MIN_TRAIN_FRACTION && trainFraction <= MAX_TRAIN_FRACTION)) {
            throw new IllegalArgumentException("trainFraction must be between " + MIN_TRAIN_FRACTION
                    + " and " + MAX_TRAIN_FRACTION + ", was " + trainFraction);
        }
        if (kind.isTable()) {
            if (table == null || table.problem() != kind.problem()) {
                throw new IllegalArgumentException(kind.label() + " needs a table that poses " + kind.problem()
                        + "; load one first");
            }
            classes = Math.max(MIN_CLASSES, table.classCount());
        } else {
            table = null;
        }
        if (kind.isDrawn()) {
            if (drawn == null) {
                drawn = DrawnPoints.empty(kind.problem());
            } else if (drawn.problem() != kind.problem()) {
                throw new IllegalArgumentException(kind.label() + " needs points drawn for " + kind.problem()
                        + ", not for " + drawn.problem());
            }
            if (kind.problem() == ProblemType.MULTICLASS) {
                classes = Math.max(classes, drawn.classCount());
            }
        } else {
            drawn = null;
        }
        if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be between " + MIN_CLASSES + " and " + MAX_CLASSES
                    + ", was " + classes);
        }
        if (kind.formulaKind() == null) {
            formula = "";
        } else {
            formula = formula == null || formula.trim().isEmpty() ? kind.defaultFormula() : formula.trim();
            Formula.parse(formula, kind.formulaKind()); // throws a FormulaException naming the character
        }
    }

    /** A spec of a kind without a formula (or with its default formula), without a table or drawn points. */
    public DataSpec(DatasetKind kind, int points, double noise, double trainFraction, int classes, long seed) {
        this(kind, points, noise, trainFraction, classes, seed, "", null, null);
    }

    /** A spec with a formula or a table, without drawn points. */
    public DataSpec(DatasetKind kind, int points, double noise, double trainFraction, int classes, long seed,
                    String formula, OwnTable table) {
        this(kind, points, noise, trainFraction, classes, seed, formula, table, null);
    }

    /** A spec with a formula, without a table. */
    public DataSpec(DatasetKind kind, int points, double noise, double trainFraction, int classes, long seed,
                    String formula) {
        this(kind, points, noise, trainFraction, classes, seed, formula, null, null);
    }

    /** The same settings on {@code newTable}'s rows, as the table kind of the problem it poses. */
    public DataSpec withTable(OwnTable newTable) {
        return new DataSpec(DatasetKind.tableFor(newTable.problem()), points, noise, trainFraction, classes, seed, "",
                newTable);
    }

    /** The same settings on {@code points}, as the drawn kind of their problem. */
    public DataSpec withDrawn(DrawnPoints points) {
        return new DataSpec(DatasetKind.drawnFor(points.problem()), this.points, noise, trainFraction, classes, seed, "",
                null, points);
    }

    /** The parsed formula of a formula kind; null for the other kinds. */
    public Formula parsedFormula() {
        return kind.formulaKind() == null ? null : Formula.parse(formula, kind.formulaKind());
    }

    /** A spec with sensible defaults: 500 points, no noise, half for training, 3 classes, seed 1. */
    public static DataSpec of(DatasetKind kind) {
        return new DataSpec(kind, 500, 0.0, 0.5, 3, 1L);
    }

    /** Another kind; a formula goes along only to a kind of the same formula kind. */
    public DataSpec withKind(DatasetKind newKind) {
        boolean sameFormulas = newKind != null && newKind.formulaKind() == kind.formulaKind();
        return new DataSpec(newKind, points, noise, trainFraction, classes, seed, sameFormulas ? formula : "",
                newKind == kind ? table : null, newKind == kind ? drawn : null);
    }

    /**
     * The same data with another formula (a formula kind only).
     *
     * @throws org.nnplayground.core.formula.FormulaException when it cannot be read, naming the character
     */
    public DataSpec withFormula(String newFormula) {
        if (kind.formulaKind() == null) {
            throw new IllegalArgumentException(kind.label() + " is not typed as a formula");
        }
        if (newFormula == null || newFormula.trim().isEmpty()) {
            throw new IllegalArgumentException("Type a formula, for example " + kind.defaultFormula() + ".");
        }
        return new DataSpec(kind, points, noise, trainFraction, classes, seed, newFormula, null);
    }

    public DataSpec withPoints(int newPoints) {
        return new DataSpec(kind, newPoints, noise, trainFraction, classes, seed, formula, table, drawn);
    }

    public DataSpec withNoise(double newNoise) {
        return new DataSpec(kind, points, newNoise, trainFraction, classes, seed, formula, table, drawn);
    }

    public DataSpec withTrainFraction(double newTrainFraction) {
        return new DataSpec(kind, points, noise, newTrainFraction, classes, seed, formula, table, drawn);
    }

    public DataSpec withClasses(int newClasses) {
        return new DataSpec(kind, points, noise, trainFraction, newClasses, seed, formula, table, drawn);
    }

    public DataSpec withSeed(long newSeed) {
        return new DataSpec(kind, points, noise, trainFraction, classes, newSeed, formula, table, drawn);
    }
}
