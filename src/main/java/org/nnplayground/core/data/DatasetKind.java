package org.nnplayground.core.data;

import org.nnplayground.core.Named;
import org.nnplayground.core.formula.FormulaKind;

/**
 * The built-in datasets. Each has a short, stable, lowercase {@link #id()} used in URLs (never change
 * one: old links would break), a human {@link #label()} for the UI and the {@link ProblemType} it poses.
 *
 * <p>The last kinds are the reader's own data ({@link #isOwn()}): a formula typed for the problem, or
 * a table the page loaded (which stays in the page and never travels in a link), or points drawn
 * on the output view (in the link while they are few, see {@link DrawnPoints#MAX_IN_LINK}).
 * 1-D regression curves take x uniformly in [-1.5, 1.5]; 2-D shapes live in the square [-6, 6]^2
 * (see {@link Domain#INPUT_SQUARE}). The exact formulas are documented on each constant.
 */
public enum DatasetKind implements Named {
    /** y = x. */
    IDENTITY("identity", "Identity", ProblemType.REGRESSION_1D),
    /** y = a x + b with a = 2, b = 1. */
    LINEAR("linear", "Linear", ProblemType.REGRESSION_1D),
    /** y = x^2. */
    SQUARE("square", "Square", ProblemType.REGRESSION_1D),
    /** y = x^3 - x. */
    CUBIC("cubic", "Cubic", ProblemType.REGRESSION_1D),
    /** y = sin(pi x): one and a half periods over [-1.5, 1.5]. */
    SINE("sine", "Sine", ProblemType.REGRESSION_1D),
    /** y = |x|. */
    ABS("abs", "Absolute value", ProblemType.REGRESSION_1D),
    /** y = -1 for x &lt; 0, y = 1 for x &ge; 0. */
    STEP("step", "Step", ProblemType.REGRESSION_1D),
    /**
     * The intro article's data: x = 0, 1, ..., 99 and y = x, in that order. Always 100 points; the
     * point count, the noise and the seed are ignored.
     */
    ARTICLE("article", "Article (y = x, x = 0..99)", ProblemType.REGRESSION_1D),
    /** The article's data with the inputs scaled to [0, 1): x = 0, 0.01, ..., 0.99 and y = x, in order. */
    ARTICLE_SCALED("article01", "Article scaled (x = 0..0.99)", ProblemType.REGRESSION_1D),

    /** A disc of radius 2.5 (label 1) inside a ring from 3.5 to 5 (label 0). */
    CIRCLE("circle", "Circle", ProblemType.CLASSIFICATION),
    /** Uniform in [-5.3, 5.3]^2 kept 0.3 away from the axes; label 1 where x1 * x2 &gt; 0. */
    XOR("xor", "Exclusive or", ProblemType.CLASSIFICATION),
    /** Two Gaussian clouds: label 1 around (2, 2), label 0 around (-2, -2). */
    GAUSSIAN("gauss", "Two Gaussians", ProblemType.CLASSIFICATION),
    /** Two interleaved spiral arms of 1.75 turns out to radius 5; label 1 is the arm starting at angle 0. */
    SPIRAL("spiral", "Spiral", ProblemType.CLASSIFICATION),
    /** Two interleaving half circles (upper moon label 1), scaled to about [-5, 5] x [-2.5, 2.5]. */
    MOONS("moons", "Two moons", ProblemType.CLASSIFICATION),
    /** A 4 x 4 board of 2.5-wide cells over [-5, 5]^2; label 1 on cells whose column + row is even. */
    CHECKERBOARD("checker", "Checkerboard", ProblemType.CLASSIFICATION),

    /** k Gaussian blobs (k = the spec's classes, 2..8) centred evenly on a circle of radius 4. */
    BLOBS("blobs", "Gaussian blobs", ProblemType.MULTICLASS),
    /** Three spiral arms 120 degrees apart, one class each. */
    SPIRAL3("spiral3", "Three-arm spiral", ProblemType.MULTICLASS),

    /** Uniform in [-5, 5]^2 with target (x1 + x2) / 10, which lies in [-1, 1]. */
    PLANE("plane", "Plane", ProblemType.REGRESSION_2D),
    /** Uniform in [-5, 5]^2 with target a sum of six signed Gaussian bumps, in about [-1, 1]. */
    MULTI_GAUSSIAN("multigauss", "Multiple Gaussians", ProblemType.REGRESSION_2D),

    /** A curve typed as a formula y = f(x) ({@link DataSpec#formula()}); x uniform in [-1.5, 1.5]. */
    FORMULA_CURVE("fcurve", "Your formula", ProblemType.REGRESSION_1D),
    /** A rule typed as a formula on (x1, x2), class 1 where it holds; uniform in [-5, 5]^2. */
    FORMULA_RULE("frule", "Your rule", ProblemType.CLASSIFICATION),
    /** A surface typed as a formula z = f(x1, x2); uniform in [-5, 5]^2. */
    FORMULA_SURFACE("fsurface", "Your formula", ProblemType.REGRESSION_2D),

    /** A table's rows ({@link DataSpec#table()}): one input column and a target value. */
    TABLE_CURVE("tcurve", "Your table", ProblemType.REGRESSION_1D),
    /** A table's rows: two input columns and two classes. */
    TABLE_CLASSES("tclasses", "Your table", ProblemType.CLASSIFICATION),
    /** A table's rows: two input columns and three to eight classes. */
    TABLE_MULTICLASS("tmulti", "Your table", ProblemType.MULTICLASS),
    /** A table's rows: two input columns and a target value. */
    TABLE_SURFACE("tsurface", "Your table", ProblemType.REGRESSION_2D),

    /** Points drawn on the output view ({@link DataSpec#drawn()}): (x, y) of a curve. */
    DRAWN_CURVE("dcurve", "Your drawing", ProblemType.REGRESSION_1D),
    /** Points drawn on the plane, each of one of two classes. */
    DRAWN_CLASSES("dclasses", "Your drawing", ProblemType.CLASSIFICATION),
    /** Points drawn on the plane, each of one of up to eight classes. */
    DRAWN_MULTICLASS("dmulti", "Your drawing", ProblemType.MULTICLASS),
    /** Points drawn on the plane, each with a value. */
    DRAWN_SURFACE("dsurface", "Your drawing", ProblemType.REGRESSION_2D);

    private final String id;
    private final String label;
    private final ProblemType problem;

    DatasetKind(String id, String label, ProblemType problem) {
        this.id = id;
        this.label = label;
        this.problem = problem;
    }

    /** Short, stable, lowercase identifier used in URLs. */
    @Override
    public String id() {
        return id;
    }

    /** Human-readable name for the UI. */
    @Override
    public String label() {
        return label;
    }

    /** The problem this dataset poses. */
    public ProblemType problem() {
        return problem;
    }

    /** What a formula of this kind describes, or null for the data sets that are not typed as formulas. */
    public FormulaKind formulaKind() {
        switch (this) {
            case FORMULA_CURVE:
                return FormulaKind.CURVE;
            case FORMULA_SURFACE:
                return FormulaKind.SURFACE;
            case FORMULA_RULE:
                return FormulaKind.RULE;
            default:
                return null;
        }
    }

    /** Whether the data is the reader's own (typed or loaded), not one of the built-in shapes. */
    public boolean isOwn() {
        return formulaKind() != null || isTable() || isDrawn();
    }

    /** Whether the data is points drawn on the output view (which a link holds while they are few). */
    public boolean isDrawn() {
        return this == DRAWN_CURVE || this == DRAWN_CLASSES || this == DRAWN_MULTICLASS || this == DRAWN_SURFACE;
    }

    /** The drawn kind of {@code problem}. */
    public static DatasetKind drawnFor(ProblemType problem) {
        for (DatasetKind kind : values()) {
            if (kind.isDrawn() && kind.problem == problem) {
                return kind;
            }
        }
        throw new IllegalStateException("no drawn kind for " + problem);
    }

    /** Whether the data comes from a table the page holds (never from the link). */
    public boolean isTable() {
        return this == TABLE_CURVE || this == TABLE_CLASSES || this == TABLE_MULTICLASS || this == TABLE_SURFACE;
    }

    /** The table kind of {@code problem}. */
    public static DatasetKind tableFor(ProblemType problem) {
        for (DatasetKind kind : values()) {
            if (kind.isTable() && kind.problem == problem) {
                return kind;
            }
        }
        throw new IllegalStateException("no table kind for " + problem);
    }

    /** The formula a data set of this kind starts with ("" for kinds without one). */
    public String defaultFormula() {
        switch (this) {
            case FORMULA_CURVE:
                return "sin(3 * x) / 2 + x / 3";
            case FORMULA_SURFACE:
                return "sin(x1) * cos(x2 / 2)";
            case FORMULA_RULE:
                return "x1 * x2 > 0";
            default:
                return "";
        }
    }

    /** The formula data set of {@code problem} (for multiclass, none: null). */
    public static DatasetKind formulaFor(ProblemType problem) {
        for (DatasetKind kind : values()) {
            if (kind.formulaKind() != null && kind.problem == problem) {
                return kind;
            }
        }
        return null;
    }

    /** The article's fixed, ordered data (plain or scaled): 100 points, no noise, no randomness. */
    public boolean isArticle() {
        return this == ARTICLE || this == ARTICLE_SCALED;
    }

    /**
     * The number of classes the generated data will have: {@code requestedClasses} for BLOBS, 3 for
     * SPIRAL3, 2 for binary classification and 0 for regression.
     */
    public int classCount(int requestedClasses) {
        if (this == BLOBS) {
            return requestedClasses;
        }
        if (this == SPIRAL3) {
            return 3;
        }
        if (this == TABLE_MULTICLASS || this == DRAWN_MULTICLASS) {
            return requestedClasses; // the table's, or at least the drawing's, which DataSpec sees to
        }
        return problem == ProblemType.CLASSIFICATION ? 2 : 0;
    }

    /** Whether the spec's {@code classes} field affects this dataset: BLOBS, and drawn classes (how many to draw from). */
    public boolean usesClassCount() {
        return this == BLOBS || this == DRAWN_MULTICLASS;
    }

    /** The kind with this {@link #id()}, or {@code null} if there is none. */
    public static DatasetKind byId(String id) {
        if (id == null) {
            return null;
        }
        for (DatasetKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
