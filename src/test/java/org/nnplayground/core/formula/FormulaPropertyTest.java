package org.nnplayground.core.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.math.Rng;

/**
 * Seeded property tests: random formulas evaluate as a plain recursive reference does, bit for bit;
 * random and mutated text never throws anything but a {@link FormulaException} whose position lies
 * in the text (or one past its end).
 */
class FormulaPropertyTest {
    private static final String[] UNARY = {"sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "floor"};

    /** A random expression with its text (fully parenthesised) and its reference value at (a, b). */
    private record Expr(String text, double value) {
    }

    private static Expr random(Rng rng, int depth, double a, double b) {
        int choice = depth <= 0 ? rng.nextInt(3) : rng.nextInt(9);
        switch (choice) {
            case 0: {
                double c = Math.round(rng.uniform(-50, 50) * 100) / 100.0;
                String t = Double.toString(Math.abs(c));
                return c < 0 ? new Expr("(-" + t + ")", -Math.abs(c)) : new Expr(t, c);
            }
            case 1:
                return rng.nextInt(2) == 0 ? new Expr("x1", a) : new Expr("x2", b);
            case 2:
                return rng.nextInt(2) == 0 ? new Expr("pi", Math.PI) : new Expr("e", Math.E);
            case 3: {
                Expr x = random(rng, depth - 1, a, b);
                return new Expr("(-" + x.text + ")", fin(-x.value));
            }
            case 4: {
                String f = UNARY[rng.nextInt(UNARY.length)];
                Expr x = random(rng, depth - 1, a, b);
                return new Expr(f + "(" + x.text + ")", fin(unary(f, x.value)));
            }
            case 5: {
                boolean min = rng.nextInt(2) == 0;
                Expr x = random(rng, depth - 1, a, b);
                Expr y = random(rng, depth - 1, a, b);
                double v = x.value != x.value || y.value != y.value ? Double.NaN
                        : min ? Math.min(x.value, y.value) : Math.max(x.value, y.value);
                return new Expr((min ? "min(" : "max(") + x.text + ", " + y.text + ")", v);
            }
            default: {
                String op = "+-*/^".substring(choice - 6, choice - 5);
                if (choice == 8 && rng.nextInt(2) == 0) {
                    op = rng.nextInt(2) == 0 ? "/" : "^";
                }
                Expr x = random(rng, depth - 1, a, b);
                Expr y = random(rng, depth - 1, a, b);
                return new Expr("(" + x.text + " " + op + " " + y.text + ")", fin(binary(op, x.value, y.value)));
            }
        }
    }

    private static double fin(double v) {
        return Double.isFinite(v) ? v : Double.NaN;
    }

    private static double unary(String f, double x) {
        switch (f) {
            case "sin": return DetMath.sin(x);
            case "cos": return DetMath.cos(x);
            case "tan": return DetMath.tan(x);
            case "exp": return DetMath.exp(x);
            case "log": return x > 0 ? DetMath.log(x) : Double.NaN;
            case "sqrt": return x >= 0 ? Math.sqrt(x) : Double.NaN;
            case "abs": return Math.abs(x);
            case "tanh": return DetMath.tanh(x);
            default: return Math.floor(x);
        }
    }

    private static double binary(String op, double x, double y) {
        switch (op) {
            case "+": return x + y;
            case "-": return x - y;
            case "*": return x * y;
            case "/": return y == 0 ? Double.NaN : x / y;
            default: return DetMath.pow(x, y);
        }
    }

    @Test
    void randomFormulasEvaluateLikeTheReference() {
        Rng rng = new Rng(20261201);
        int defined = 0;
        for (int i = 0; i < 3000; i++) {
            double a = rng.uniform(-5, 5);
            double b = rng.uniform(-5, 5);
            Expr e = random(rng, 1 + rng.nextInt(6), a, b);
            Formula f = Formula.parse(e.text, FormulaKind.SURFACE);
            double got = f.valueAt(a, b);
            if (Double.isNaN(e.value)) {
                assertTrue(Double.isNaN(got), () -> e.text + " is undefined at " + a + ", " + b + " but gave " + got);
            } else {
                defined++;
                assertEquals(Double.doubleToLongBits(e.value == 0.0 ? 0.0 : e.value),
                        Double.doubleToLongBits(got == 0.0 ? 0.0 : got), () -> e.text + " at " + a + ", " + b);
            }
        }
        assertTrue(defined > 1000, "most random formulas are defined somewhere: " + defined);
    }

    private static final String ALPHABET = "0123456789.eE+-*/^(),<>=! \txy12pisnco tahlgqrbmfdr&|$\u00e9\u0000";

    @Test
    void randomTextNeverThrowsAnythingElse() {
        Rng rng = new Rng(42);
        int read = 0;
        for (int i = 0; i < 5_000; i++) {
            int n = rng.nextInt(40);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < n; k++) {
                s.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
            }
            read += tryEveryKind(s.toString());
        }
        assertTrue(read > 0);
    }

    @Test
    void mutatedFormulasNeverThrowAnythingElse() {
        String[] seeds = {"sin(pi * x) + 0.5 * x^2", "x1 * x2 > 0 and x1 > -1 or x2 < 2", "min(x1, max(x2, 1)) / 3",
                "exp(-(x1^2 + x2^2) / 4)", "floor(x1) == floor(x2)", "1 / x - log(abs(x)) + 2.5e-3"};
        Rng rng = new Rng(99);
        String pieces = "()+-*/^,<>= x1x2.e9";
        int read = 0;
        for (int i = 0; i < 8_000; i++) {
            StringBuilder s = new StringBuilder(seeds[rng.nextInt(seeds.length)]);
            int edits = 1 + rng.nextInt(4);
            for (int k = 0; k < edits && s.length() > 0; k++) {
                int at = rng.nextInt(s.length());
                switch (rng.nextInt(3)) {
                    case 0:
                        s.deleteCharAt(at);
                        break;
                    case 1:
                        s.insert(at, pieces.charAt(rng.nextInt(pieces.length())));
                        break;
                    default:
                        s.setCharAt(at, pieces.charAt(rng.nextInt(pieces.length())));
                }
            }
            read += tryEveryKind(s.toString());
        }
        assertTrue(read > 100, "some mutations still read: " + read);
    }

    /** Parses {@code text} as each kind; returns how many read. Fails on any exception but the formula's own. */
    private static int tryEveryKind(String text) {
        int read = 0;
        for (FormulaKind kind : FormulaKind.values()) {
            try {
                Formula f = Formula.parse(text, kind);
                f.valueAt(0.5, -2.0);
                f.valueAt(0.0, 0.0);
                read++;
            } catch (FormulaException e) {
                int p = e.position();
                String t = text.trim();
                assertTrue(p >= 1 && p <= t.length() + 1, () -> "position " + p + " outside '" + t + "': " + e.getMessage());
                assertTrue(e.getMessage().startsWith("at " + p + ": "), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("'" + text + "' as " + kind + " threw " + e);
            }
        }
        return read;
    }
}
