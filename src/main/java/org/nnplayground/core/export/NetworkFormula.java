package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.nn.AffineMap;
import org.nnplayground.core.nn.LinearCollapse;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.text.NumberFormat;

/**
 * A small network written out as the function it computes, to copy into a slide or a paper:
 * {@code y = tanh(0.81 tanh(1.2 x1 - 0.3 x2 + 0.1) + ...)}. When the whole function fits in
 * {@link #INLINE_LIMIT} characters it is one line; otherwise it is written neuron by neuron
 * ({@code h1_1 = tanh(...)}, {@code h2_1 = ...}, {@code y = ...}), each line using the ones
 * before. A network whose every activation is linear also gets its collapsed form, the one affine
 * map it equals. A multiclass network names its outputs' pre-activations z1, z2, ... and ends with
 * {@code y = softmax(z1, z2, ...)}. After a blank line a legend says what each function used means
 * and, for a table, which column each input is: a table's inputs are x1, x2, ... in the order of its
 * chosen columns (x for a single one), whatever their headers, so that the formula reads the same
 * for any header.
 *
 * <p>Products are written side by side ({@code 1.2 x1}), a feature as {@code x1^2}, {@code x1*x2}
 * or {@code sin(x1)}. Numbers carry the given significant digits; with 15 the formula gives the
 * network's outputs to about 1e-12.
 */
public final class NetworkFormula {
    /** The most parameters a network may have for its formula to be written out (a linear one always collapses). */
    public static final int MAX_PARAMETERS = 60;
    /** The longest function written on one line. */
    public static final int INLINE_LIMIT = 600;
    /** The significant digits the page shows. */
    public static final int PAGE_DIGITS = 4;

    private NetworkFormula() {
    }

    /**
     * The formula of the snapshot's network with numbers of {@code digits} (1..15) significant digits.
     *
     * @throws IllegalArgumentException for a network of more than {@link #MAX_PARAMETERS} parameters that is not linear
     */
    public static String write(ModelSnapshot snapshot, int digits) {
        Network network = snapshot.network();
        List<Dense> layers = snapshot.denseLayers();
        List<String> inputs = new ArrayList<>();
        if (snapshot.inputFeatures() == null) {
            inputs.addAll(snapshot.inputNames());
        } else {
            for (Feature f : snapshot.inputFeatures().features()) {
                inputs.add(featureText(f));
            }
        }
        boolean linear = allLinear(network, layers);
        StringBuilder out = new StringBuilder();
        Set<Activation> used = EnumSet.noneOf(Activation.class);
        if (network.parameterCount() <= MAX_PARAMETERS) {
            String inline = inline(network, layers, inputs, digits, used);
            if (inline != null) {
                out.append(inline);
            } else {
                used.clear();
                out.append(layered(network, layers, inputs, digits, used));
            }
        } else if (!linear) {
            throw new IllegalArgumentException("The network has " + NumberFormat.grouped(network.parameterCount())
                    + " parameters; its formula is written out for networks of up to " + MAX_PARAMETERS
                    + " (or any network whose activations are all linear).");
        }
        if (linear && network.spec() != null) {
            if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
                out.setLength(out.length() - 1);
            }
            if (out.length() > 0) {
                out.append("\n\nCollapsed (every activation is linear, so the network is one affine map):\n");
            }
            AffineMap map = LinearCollapse.of(network);
            for (int r = 0; r < map.rows(); r++) {
                double[] w = new double[map.cols()];
                for (int c = 0; c < w.length; c++) {
                    w[c] = map.weight(r, c);
                }
                out.append(outputName(r, map.rows())).append(" = ")
                        .append(sum(w, 0, inputs, map.bias(r), digits)).append('\n');
            }
        }
        String meanings = legend(used);
        String legend = meanings + columns(snapshot.rawInputNames(), snapshot.columns(), meanings.isEmpty());
        String text = out.toString();
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return legend.isEmpty() ? text + "\n" : text + "\n\n" + legend;
    }

    private static boolean allLinear(Network network, List<Dense> layers) {
        if (network.outputActivation() != Activation.IDENTITY) {
            return false;
        }
        for (Dense d : layers) {
            if (d.activation() != Activation.IDENTITY) {
                return false;
            }
        }
        return true;
    }

    /** The one-line form, or null when it would pass {@link #INLINE_LIMIT}. */
    private static String inline(Network network, List<Dense> layers, List<String> inputs, int digits, Set<Activation> used) {
        List<String> values = new ArrayList<>(inputs);
        for (int i = 0; i < layers.size(); i++) {
            Dense d = layers.get(i);
            List<String> next = new ArrayList<>();
            for (int to = 0; to < d.outputShape().size(); to++) {
                String text = neuron(d, to, values, digits, used);
                if (d.residual()) {
                    text = text + " + " + wrap(values.get(to));
                }
                if (text.length() > INLINE_LIMIT) {
                    return null;
                }
                next.add(text);
            }
            values = next;
        }
        String result = outputs(network, values, used);
        return result.length() > INLINE_LIMIT + 40 ? null : result;
    }

    private static String layered(Network network, List<Dense> layers, List<String> inputs, int digits, Set<Activation> used) {
        StringBuilder out = new StringBuilder();
        List<String> values = new ArrayList<>(inputs);
        for (int i = 0; i < layers.size(); i++) {
            Dense d = layers.get(i);
            boolean last = i + 1 == layers.size();
            List<String> names = new ArrayList<>();
            for (int to = 0; to < d.outputShape().size(); to++) {
                String name = last ? "z" + (to + 1) : "h" + (i + 1) + "_" + (to + 1);
                String text = neuron(d, to, values, digits, used);
                if (d.residual()) {
                    text = text + " + " + values.get(to);
                }
                out.append(name).append(" = ").append(text).append('\n');
                names.add(name);
            }
            values = names;
        }
        out.append(outputs(network, values, used)).append('\n');
        return out.toString();
    }

    /** The output lines from the last layer's values: y = f(z), or y = softmax(z1, ...). */
    private static String outputs(Network network, List<String> last, Set<Activation> used) {
        Activation head = network.outputActivation();
        StringBuilder out = new StringBuilder();
        if (head == Activation.SOFTMAX) {
            used.add(head);
            List<String> zs = new ArrayList<>();
            boolean named = true;
            for (int i = 0; i < last.size(); i++) {
                named &= last.get(i).equals("z" + (i + 1));
            }
            if (!named) {
                for (int i = 0; i < last.size(); i++) {
                    out.append("z").append(i + 1).append(" = ").append(last.get(i)).append('\n');
                }
            }
            for (int i = 0; i < last.size(); i++) {
                zs.add("z" + (i + 1));
            }
            out.append("y = softmax(").append(String.join(", ", zs)).append(")");
            return out.toString();
        }
        for (int i = 0; i < last.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(outputName(i, last.size())).append(" = ").append(apply(head, last.get(i), used));
        }
        return out.toString();
    }

    private static String outputName(int i, int count) {
        return count == 1 ? "y" : "y" + (i + 1);
    }

    /** f(w . values + b) for one neuron of {@code d}. */
    private static String neuron(Dense d, int to, List<String> values, int digits, Set<Activation> used) {
        ParamBlock w = d.weights();
        double[] row = new double[w.fanIn()];
        for (int from = 0; from < row.length; from++) {
            row[from] = w.get(to, from);
        }
        return apply(d.activation(), sum(row, 0, values, d.biases().get(to, 0), digits), used);
    }

    private static String apply(Activation a, String argument, Set<Activation> used) {
        if (a == Activation.IDENTITY) {
            return argument;
        }
        used.add(a);
        return a.id() + "(" + argument + ")";
    }

    /** "1.2 x1 - 0.3 x2 + 0.1": the weighted terms and the bias. */
    private static String sum(double[] w, int offset, List<String> values, double bias, int digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double c = w[offset + i];
            if (c == 0.0) {
                continue;
            }
            appendSigned(sb, c, digits);
            sb.append(' ').append(wrap(values.get(i)));
        }
        if (bias != 0.0 || sb.length() == 0) {
            appendSigned(sb, bias, digits);
        }
        return sb.toString();
    }

    private static void appendSigned(StringBuilder sb, double v, int digits) {
        String magnitude = NumberFormat.significant(Math.abs(v), digits);
        if (sb.length() == 0) {
            sb.append(v < 0 ? "-" : "").append(magnitude);
        } else {
            sb.append(v < 0 ? " - " : " + ").append(magnitude);
        }
    }

    /** A value used as a factor: names and function calls as they are, a sum in parentheses. */
    private static String wrap(String value) {
        if (value.startsWith("-")) {
            return "(" + value + ")";
        }
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ' ') {
                return "(" + value + ")";
            }
        }
        return value;
    }

    static String featureText(Feature f) {
        switch (f) {
            case X1: return "x1";
            case X2: return "x2";
            case X1_SQUARED: return "x1^2";
            case X2_SQUARED: return "x2^2";
            case X1_TIMES_X2: return "x1*x2";
            case SIN_X1: return "sin(x1)";
            case SIN_X2: return "sin(x2)";
            default: throw new IllegalArgumentException("no formula for the feature " + f.id());
        }
    }

    /**
     * The legend's line that names a table's input columns, "x1 = 'a', x2 = 'b', ... (the table's input
     * columns)"; "" for other data.
     */
    private static String columns(List<String> raw, List<String> columns, boolean first) {
        if (columns.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(first ? "where " : "      ");
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(raw.get(i)).append(" = '").append(columns.get(i)).append('\'');
        }
        return sb.append(columns.size() == 1 ? " (the table's input column)\n" : " (the table's input columns)\n").toString();
    }

    private static String legend(Set<Activation> used) {
        StringBuilder sb = new StringBuilder();
        for (Activation a : used) {
            String meaning = meaning(a);
            if (meaning != null) {
                sb.append(sb.length() == 0 ? "where " : "      ").append(meaning).append('\n');
            }
        }
        return sb.toString();
    }

    private static String meaning(Activation a) {
        switch (a) {
            case RELU: return "relu(z) = max(0, z)";
            case LEAKY_RELU: return "leakyrelu(z) = z for z > 0, else 0.01 z";
            case ELU: return "elu(z) = z for z > 0, else e^z - 1";
            case SIGMOID: return "sigmoid(z) = 1 / (1 + e^-z)";
            case TANH: return "tanh(z) = (e^z - e^-z) / (e^z + e^-z)";
            case SOFTPLUS: return "softplus(z) = ln(1 + e^z)";
            case SILU: return "silu(z) = z sigmoid(z), sigmoid(z) = 1 / (1 + e^-z)";
            case GELU: return "gelu(z) = 0.5 z (1 + tanh(0.7978845608 (z + 0.044715 z^3)))";
            case SINE: return "sine(z) = sin(z)";
            case SOFTMAX: return "softmax(z1, ..., zk)_i = e^zi / (e^z1 + ... + e^zk)";
            default: return null;
        }
    }
}
