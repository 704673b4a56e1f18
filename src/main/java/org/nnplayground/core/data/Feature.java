package org.nnplayground.core.data;

import org.nnplayground.core.math.DetMath;

/**
 * A derived input computed from the raw 2-D point (x1, x2), as in TensorFlow Playground: giving the
 * network x1^2 or sin(x1) lets a small network solve shapes it could not otherwise.
 * {@link #id()} is short and stable (used in URLs); {@link #label()} is for the UI.
 */
public enum Feature {
    X1("x1", "x\u2081"),
    X2("x2", "x\u2082"),
    X1_SQUARED("x1sq", "x\u2081\u00b2"),
    X2_SQUARED("x2sq", "x\u2082\u00b2"),
    X1_TIMES_X2("x1x2", "x\u2081x\u2082"),
    SIN_X1("sinx1", "sin(x\u2081)"),
    SIN_X2("sinx2", "sin(x\u2082)");

    private final String id;
    private final String label;

    Feature(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Short, stable, lowercase identifier used in URLs. */
    public String id() {
        return id;
    }

    /** Human-readable name, e.g. "x₁²". */
    public String label() {
        return label;
    }

    /** The feature's value at the point (x1, x2). */
    public double value(double x1, double x2) {
        switch (this) {
            case X1:
                return x1;
            case X2:
                return x2;
            case X1_SQUARED:
                return x1 * x1;
            case X2_SQUARED:
                return x2 * x2;
            case X1_TIMES_X2:
                return x1 * x2;
            case SIN_X1:
                return DetMath.sin(x1);
            case SIN_X2:
                return DetMath.sin(x2);
            default:
                throw new IllegalStateException("unhandled feature " + this);
        }
    }

    /** The feature with this {@link #id()}, or {@code null} if there is none. */
    public static Feature byId(String id) {
        if (id == null) {
            return null;
        }
        for (Feature f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }
}
