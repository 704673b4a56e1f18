package org.nnplayground.core.formula;

import org.nnplayground.core.math.DetMath;

/**
 * A parsed formula as a postfix program over a stack of doubles: no recursion when it runs, and a
 * stack whose size is known before it runs. Each step's result that is not a finite number becomes
 * NaN, and NaN goes through every later step (comparisons, min and max included), so the program's value is NaN
 * exactly where some step is undefined: division by zero, log of zero or a negative, sqrt of a
 * negative, a real power of a negative number, overflow. Comparisons give 1 (true) or 0 (false).
 * Immutable once built.
 */
final class Program {
    static final int CONST = 0;
    static final int VAR = 1;
    static final int NEG = 2;
    static final int ADD = 3;
    static final int SUB = 4;
    static final int MUL = 5;
    static final int DIV = 6;
    static final int POW = 7;
    static final int LT = 8;
    static final int LE = 9;
    static final int GT = 10;
    static final int GE = 11;
    static final int EQ = 12;
    static final int NE = 13;
    static final int AND = 14;
    static final int OR = 15;
    static final int CALL = 16;

    private final int[] ops;
    private final double[] operands;
    private final int maxStack;

    Program(int[] ops, double[] operands, int maxStack) {
        this.ops = ops;
        this.operands = operands;
        this.maxStack = maxStack;
    }

    /** Number of steps. */
    int length() {
        return ops.length;
    }

    /** The program's value at (v0, v1); NaN where it is undefined. */
    double run(double v0, double v1) {
        double[] stack = new double[maxStack];
        int top = 0;
        FormulaFunction[] functions = FormulaFunction.values();
        for (int i = 0; i < ops.length; i++) {
            int op = ops[i];
            double r;
            switch (op) {
                case CONST:
                    stack[top++] = operands[i];
                    continue;
                case VAR:
                    stack[top++] = operands[i] == 0 ? v0 : v1;
                    continue;
                case NEG:
                    stack[top - 1] = -stack[top - 1];
                    continue;
                case CALL: {
                    FormulaFunction f = functions[(int) operands[i]];
                    if (f.arity() == 2) {
                        top--;
                        double a = stack[top - 1];
                        double b = stack[top];
                        r = a != a || b != b ? Double.NaN : f.apply(a, b);
                    } else {
                        r = f.apply(stack[top - 1], 0.0);
                    }
                    break;
                }
                default: {
                    top--;
                    r = binary(op, stack[top - 1], stack[top]);
                    break;
                }
            }
            stack[top - 1] = r - r == 0.0 ? r : Double.NaN; // finite, else undefined
        }
        return stack[0];
    }

    private static double binary(int op, double a, double b) {
        if (op >= LT && (a != a || b != b)) {
            return Double.NaN; // a comparison of an undefined value is undefined too
        }
        switch (op) {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            case DIV:
                return b == 0.0 ? Double.NaN : a / b;
            case POW:
                return DetMath.pow(a, b);
            case LT:
                return a < b ? 1.0 : 0.0;
            case LE:
                return a <= b ? 1.0 : 0.0;
            case GT:
                return a > b ? 1.0 : 0.0;
            case GE:
                return a >= b ? 1.0 : 0.0;
            case EQ:
                return a == b ? 1.0 : 0.0;
            case NE:
                return a != b ? 1.0 : 0.0;
            case AND:
                return a != 0.0 && b != 0.0 ? 1.0 : 0.0;
            case OR:
                return a != 0.0 || b != 0.0 ? 1.0 : 0.0;
            default:
                throw new IllegalStateException("unknown step " + op);
        }
    }
}
