package org.nnplayground.core.formula;

import org.nnplayground.core.math.DetMath;

/**
 * The functions a formula may call, each with its number of arguments. The transcendental ones are
 * {@link DetMath}'s; sqrt, abs, floor, min and max are exact in IEEE 754 arithmetic, so every build
 * gives the same bits.
 */
enum FormulaFunction {
    SIN("sin", 1), COS("cos", 1), TAN("tan", 1), EXP("exp", 1), LOG("log", 1), SQRT("sqrt", 1),
    ABS("abs", 1), TANH("tanh", 1), MIN("min", 2), MAX("max", 2), FLOOR("floor", 1);

    private final String id;
    private final int arity;

    FormulaFunction(String id, int arity) {
        this.id = id;
        this.arity = arity;
    }

    String id() {
        return id;
    }

    int arity() {
        return arity;
    }

    /** The function {@code name}, or null. */
    static FormulaFunction byName(String name) {
        for (FormulaFunction f : values()) {
            if (f.id.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The function's value; NaN outside its domain (log of zero or a negative, sqrt of a negative). */
    double apply(double a, double b) {
        switch (this) {
            case SIN:
                return DetMath.sin(a);
            case COS:
                return DetMath.cos(a);
            case TAN:
                return DetMath.tan(a);
            case EXP:
                return DetMath.exp(a);
            case LOG:
                return a > 0.0 ? DetMath.log(a) : Double.NaN;
            case SQRT:
                return a >= 0.0 ? Math.sqrt(a) : Double.NaN;
            case ABS:
                return a < 0.0 ? -a : a;
            case TANH:
                return DetMath.tanh(a);
            case MIN:
                return a <= b ? a : b;
            case MAX:
                return a >= b ? a : b;
            case FLOOR:
                return Math.floor(a);
            default:
                throw new IllegalStateException("unhandled function " + this);
        }
    }

    /** The names, for a message: "sin, cos, ...". */
    static String names() {
        StringBuilder s = new StringBuilder();
        for (FormulaFunction f : values()) {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(f.id);
        }
        return s.toString();
    }
}
