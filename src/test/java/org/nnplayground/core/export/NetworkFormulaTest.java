package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;

/**
 * The formula, read back by a small evaluator written here (numbers, + - * ^, products side by side,
 * names, the activations as functions, softmax): evaluated, it gives the network's outputs.
 */
class NetworkFormulaTest {
    @Test
    void theWrittenFormulaGivesTheNetworksOutputs() {
        Rng rng = new Rng(8080);
        int checked = 0;
        while (checked < 150) {
            ModelSnapshot s = Snapshots.random(rng);
            if (s.network().parameterCount() > NetworkFormula.MAX_PARAMETERS) {
                continue;
            }
            checked++;
            String text = NetworkFormula.write(s, 15);
            String formula = text.split("\n\n")[0];
            double[] raw = Snapshots.rawRows(rng, s, 5);
            double[] expected = Predictions.of(s.network(), Snapshots.featuresOf(s), raw, Snapshots.rawWidth(s));
            int outs = s.network().output().length;
            for (int r = 0; r < 5; r++) {
                double[] y = evaluate(formula, variables(s, raw, r), outs);
                for (int k = 0; k < outs; k++) {
                    double e = expected[r * outs + k];
                    assertEquals(e, y[k], 1e-9 * Math.max(1, Math.abs(e)), "case " + checked + " row " + r + "\n" + text);
                }
            }
        }
    }

    @Test
    void theDefaultNetworkReadsAsOneLineWithFourDigits() {
        ModelSnapshot s = Snapshots.preset("default", 50);
        String text = NetworkFormula.write(s, NetworkFormula.PAGE_DIGITS);
        String first = text.split("\n")[0];
        assertTrue(first.startsWith("y = tanh(") && first.contains(" tanh(") && first.contains(" x1 ") && first.contains(" x2"), text);
        assertTrue(text.contains("where tanh(z) = "), text);
        double[] raw = {0.5, -1.5, 3, 2};
        double[] expected = Predictions.of(s.network(), s.features(), raw, 2);
        for (int r = 0; r < 2; r++) {
            double[] y = evaluate(text.split("\n\n")[0], variables(s, raw, r), 1);
            assertEquals(expected[r], y[0], 0.01, "4 significant digits: " + text);
        }
    }

    @Test
    void aLinearNetworkAlsoGetsItsCollapsedForm() {
        PlaygroundState linear = Presets.byId("default").state().withHidden(List.of(3, 3),
                List.of(Activation.IDENTITY, Activation.IDENTITY)).withOutput(Activation.IDENTITY, org.nnplayground.core.nn.Loss.SQUARED_ERROR).withSkip(true);
        ModelSnapshot s = Snapshots.trained(linear, 5);
        String text = NetworkFormula.write(s, 15);
        String[] sections = text.split("\n\n");
        assertTrue(sections[1].startsWith("Collapsed (every activation is linear"), text);
        String collapsed = sections[1].substring(sections[1].indexOf('\n') + 1).strip();
        assertTrue(collapsed.matches("y = -?[0-9.e-]+ x1 [+-] [0-9.e-]+ x2 [+-] [0-9.e-]+"), collapsed);
        double[] raw = {0.25, -2};
        double[] expected = Predictions.of(s.network(), s.features(), raw, 2);
        assertEquals(expected[0], evaluate(collapsed, variables(s, raw, 0), 1)[0], 1e-9);
        assertEquals(expected[0], evaluate(sections[0], variables(s, raw, 0), 1)[0], 1e-9);

        PlaygroundState wide = linear.withHidden(List.of(20, 20), List.of(Activation.IDENTITY, Activation.IDENTITY));
        String only = NetworkFormula.write(Snapshots.trained(wide, 1), 4);
        assertTrue(only.startsWith("y = ") && !only.contains("Collapsed") && only.split("\n").length == 1,
                "a large linear network gets only its collapsed form: " + only);
    }

    @Test
    void aLargeNetworkIsRefusedWithAMessage() {
        ModelSnapshot s = Snapshots.preset("spiral", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkFormula.write(s, 4));
        assertTrue(e.getMessage().startsWith("The network has " + s.network().parameterCount() + " parameters;")
                && e.getMessage().contains("up to 60"), e.getMessage());
    }

    private static Map<String, Double> variables(ModelSnapshot s, double[] raw, int row) {
        Map<String, Double> v = new HashMap<>();
        if (s.oneDimensional()) {
            v.put("x", raw[row]);
        } else {
            v.put("x1", raw[2 * row]);
            v.put("x2", raw[2 * row + 1]);
        }
        return v;
    }

    /** Evaluates "name = expression" lines in order; returns y, or y1..yk, for {@code outputs} outputs. */
    static double[] evaluate(String formula, Map<String, Double> inputs, int outputs) {
        Map<String, Double> vars = new HashMap<>(inputs);
        double[] softmax = null;
        for (String line : formula.split("\n")) {
            int eq = line.indexOf(" = ");
            String name = line.substring(0, eq);
            String expr = line.substring(eq + 3);
            if (expr.startsWith("softmax(")) {
                String[] args = expr.substring(8, expr.length() - 1).split(", ");
                softmax = new double[args.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < args.length; i++) {
                    softmax[i] = vars.get(args[i]);
                    max = Math.max(max, softmax[i]);
                }
                double sum = 0;
                for (int i = 0; i < args.length; i++) {
                    softmax[i] = Math.exp(softmax[i] - max);
                    sum += softmax[i];
                }
                for (int i = 0; i < args.length; i++) {
                    softmax[i] /= sum;
                }
                continue;
            }
            vars.put(name, new Evaluator(expr, vars).run());
        }
        if (softmax != null) {
            return softmax;
        }
        double[] y = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            y[k] = vars.get(outputs == 1 ? "y" : "y" + (k + 1));
        }
        return y;
    }

    /** A recursive-descent evaluator of the formula's expressions. */
    private static final class Evaluator {
        private final String s;
        private final Map<String, Double> vars;
        private int at;

        Evaluator(String s, Map<String, Double> vars) {
            this.s = s;
            this.vars = vars;
        }

        double run() {
            double v = expr();
            space();
            if (at != s.length()) {
                throw new AssertionError("unread text at " + at + " of " + s);
            }
            return v;
        }

        private void space() {
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
        }

        private double expr() {
            double v = term();
            while (true) {
                space();
                if (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-')) {
                    char op = s.charAt(at++);
                    double t = term();
                    v = op == '+' ? v + t : v - t;
                } else {
                    return v;
                }
            }
        }

        private double term() {
            double v = unary();
            while (true) {
                space();
                if (at >= s.length()) {
                    return v;
                }
                char c = s.charAt(at);
                if (c == '*') {
                    at++;
                    v *= unary();
                } else if (c == '(' || Character.isLetterOrDigit(c)) {
                    v *= unary(); // side by side
                } else {
                    return v;
                }
            }
        }

        private double unary() {
            space();
            if (s.charAt(at) == '-') {
                at++;
                return -unary();
            }
            double base = primary();
            if (at < s.length() && s.charAt(at) == '^') {
                at++;
                return Math.pow(base, primary());
            }
            return base;
        }

        private double primary() {
            space();
            char c = s.charAt(at);
            if (c == '(') {
                at++;
                double v = expr();
                space();
                at++; // )
                return v;
            }
            if (Character.isDigit(c)) {
                int start = at;
                while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                    at++;
                }
                if (at < s.length() && s.charAt(at) == 'e' && at + 1 < s.length()
                        && (Character.isDigit(s.charAt(at + 1)) || s.charAt(at + 1) == '-')) {
                    at += 2;
                    while (at < s.length() && Character.isDigit(s.charAt(at))) {
                        at++;
                    }
                }
                return Double.parseDouble(s.substring(start, at));
            }
            int start = at;
            while (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_')) {
                at++;
            }
            String name = s.substring(start, at);
            if (at < s.length() && s.charAt(at) == '(') {
                at++;
                double arg = expr();
                space();
                at++; // )
                return function(name, arg);
            }
            Double v = vars.get(name);
            if (v == null) {
                throw new AssertionError("unknown name " + name + " in " + s);
            }
            return v;
        }

        private static double function(String name, double z) {
            double sigmoid = 1 / (1 + Math.exp(-z));
            switch (name) {
                case "sin":
                case "sine": return Math.sin(z);
                case "tanh": return Math.tanh(z);
                case "relu": return z > 0 ? z : 0;
                case "leakyrelu": return z > 0 ? z : Activation.LEAK * z;
                case "elu": return z > 0 ? z : Math.expm1(z);
                case "sigmoid": return sigmoid;
                case "softplus": return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
                case "silu": return z * sigmoid;
                case "gelu": return 0.5 * z * (1 + Math.tanh(0.7978845608028654 * (z + 0.044715 * z * z * z)));
                default: throw new AssertionError("unknown function " + name);
            }
        }
    }

    static {
        // The features the formula names: x1^2, x2^2, x1*x2, sin(x1), sin(x2) are read by the evaluator above.
        assertEquals("x1^2", NetworkFormula.featureText(Feature.X1_SQUARED));
    }
}
