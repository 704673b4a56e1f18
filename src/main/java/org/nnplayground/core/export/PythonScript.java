package org.nnplayground.core.export;

import java.util.List;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.ParamBlock;

/**
 * The network as a self-contained Python script that needs only NumPy: the weights (written as
 * hexadecimal floats, so they are the very same doubles), the features computed from raw rows (or the
 * raw inputs as they are, for 1-D data and a table of more than two inputs), each
 * activation as the core defines it, and {@code predict(rows)}. Run as a program it reads raw rows
 * from a CSV file (or standard input, with "-") and prints one line of outputs per row, each
 * output as Python's {@code repr} (the shortest text that reads back as the same double).
 */
public final class PythonScript {
    private PythonScript() {
    }

    /** The script for the snapshot's network. */
    public static String write(ModelSnapshot snapshot) {
        Network network = snapshot.network();
        List<Dense> layers = snapshot.denseLayers();
        StringBuilder s = new StringBuilder(4096 + network.parameterCount() * 24);
        List<String> raw = snapshot.rawInputNames();
        List<String> inputs = snapshot.inputNames();
        s.append("#!/usr/bin/env python3\n");
        s.append("\"\"\"A network trained in nn-playground, rebuilt with NumPy.\n\n");
        s.append("Raw inputs per row: ").append(String.join(", ", raw)).append("; the network's inputs: ")
                .append(String.join(", ", inputs)).append(".\n");
        s.append("Outputs per row: ").append(network.output().length).append(" (output activation: ")
                .append(network.outputActivation().id()).append(").\n\n");
        s.append("    python3 model.py rows.csv   prints one line of outputs per row of raw inputs\n");
        s.append("    python3 model.py -          reads the rows from standard input\n");
        s.append("    from model import predict; predict([[0.5, -1.0]])\n\"\"\"\n");
        s.append("import sys\n\nimport numpy as np\n\n");
        s.append("LINK = ");
        pythonString(s, snapshot.link());
        s.append("\nEPOCH = ").append(snapshot.epoch()).append("\nRAW_INPUTS = ").append(raw.size()).append("\n");
        if (!snapshot.columns().isEmpty()) {
            s.append("# The headers of the table's input columns, in the order of the raw inputs.\nCOLUMNS = [");
            for (int i = 0; i < snapshot.columns().size(); i++) {
                s.append(i > 0 ? ", " : "");
                pythonString(s, snapshot.columns().get(i));
            }
            s.append("]\n");
        }
        s.append("\n\n");
        s.append("def _matrix(text, rows, cols):\n    return np.array([float.fromhex(t) for t in text.split()], dtype=np.float64).reshape(rows, cols)\n\n\n");
        s.append("def _vector(text):\n    return np.array([float.fromhex(t) for t in text.split()], dtype=np.float64)\n\n\n");
        for (int i = 0; i < layers.size(); i++) {
            Dense d = layers.get(i);
            int n = i + 1;
            ParamBlock w = d.weights();
            s.append("# Layer ").append(n).append(": dense, ").append(w.fanIn()).append(" -> ").append(w.fanOut())
                    .append(", ").append(d.activation().id()).append(d.residual() ? ", with a skip connection" : "")
                    .append(". W").append(n).append("[neuron, input]\n");
            s.append("W").append(n).append(" = _matrix(\"");
            hexList(s, w.values());
            s.append("\", ").append(w.fanOut()).append(", ").append(w.fanIn()).append(")\n");
            s.append("b").append(n).append(" = _vector(\"");
            hexList(s, d.biases().values());
            s.append("\")\n\n");
        }
        s.append(ACTIVATIONS);
        s.append("\ndef features(rows):\n    \"\"\"The network's inputs (").append(String.join(", ", inputs))
                .append(") for raw rows (").append(String.join(", ", raw)).append(").\"\"\"\n");
        if (snapshot.inputFeatures() == null) {
            s.append("    return rows[:, 0:").append(raw.size()).append("]\n");
        } else {
            s.append("    x1 = rows[:, 0]\n    x2 = rows[:, 1]\n    return np.stack([");
            List<Feature> fs = snapshot.inputFeatures().features();
            for (int i = 0; i < fs.size(); i++) {
                s.append(i > 0 ? ", " : "").append(pythonFeature(fs.get(i)));
            }
            s.append("], axis=1)\n");
        }
        s.append("\n\ndef predict(rows):\n    \"\"\"The outputs (one row per input row) for raw input rows.\"\"\"\n");
        s.append("    rows = np.asarray(rows, dtype=np.float64).reshape(-1, RAW_INPUTS)\n");
        s.append("    with np.errstate(all=\"ignore\"):\n        a = features(rows)\n");
        for (int i = 0; i < layers.size(); i++) {
            Dense d = layers.get(i);
            int n = i + 1;
            String pre = "a @ W" + n + ".T + b" + n;
            s.append("        a = ").append(function(d.activation())).append("(").append(pre).append(")")
                    .append(d.residual() ? " + a" : "").append("\n");
        }
        s.append("        return ").append(function(network.outputActivation())).append("(a)\n");
        s.append(MAIN);
        return s.toString();
    }

    private static String pythonFeature(Feature f) {
        switch (f) {
            case X1: return "x1";
            case X2: return "x2";
            case X1_SQUARED: return "x1 * x1";
            case X2_SQUARED: return "x2 * x2";
            case X1_TIMES_X2: return "x1 * x2";
            case SIN_X1: return "np.sin(x1)";
            case SIN_X2: return "np.sin(x2)";
            default: throw new IllegalArgumentException("no Python form for the feature " + f.id());
        }
    }

    static String function(Activation a) {
        return a == Activation.IDENTITY ? "linear" : a.id();
    }

    static void hexList(StringBuilder s, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(HexFloat.format(values[i]));
        }
    }

    static void pythonString(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                s.append("\\u").append(Integer.toHexString(0x10000 | c).substring(1));
            } else {
                s.append(c);
            }
        }
        s.append('"');
    }

    /** Each activation as the core's Activation defines it (GELU in its tanh form, leaky slope 0.01). */
    static final String ACTIVATIONS = ""
            + "def linear(z):\n    return z\n\n\n"
            + "def relu(z):\n    return np.where(z > 0, z, 0.0)\n\n\n"
            + "def leakyrelu(z):\n    return np.where(z > 0, z, 0.01 * z)\n\n\n"
            + "def elu(z):\n    return np.where(z > 0, z, np.expm1(np.minimum(z, 0.0)))\n\n\n"
            + "def sigmoid(z):\n    e = np.exp(-np.abs(z))\n    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))\n\n\n"
            + "def tanh(z):\n    return np.tanh(z)\n\n\n"
            + "def softplus(z):\n    return np.logaddexp(0.0, z)\n\n\n"
            + "def silu(z):\n    return z * sigmoid(z)\n\n\n"
            + "def gelu(z):\n    return 0.5 * z * (1.0 + np.tanh(0.7978845608028654 * (z + 0.044715 * z * z * z)))\n\n\n"
            + "def sine(z):\n    return np.sin(z)\n\n\n"
            + "def softmax(z):\n    e = np.exp(z - z.max(axis=1, keepdims=True))\n    return e / e.sum(axis=1, keepdims=True)\n\n";

    private static final String MAIN = "\n\n"
            + "def _read_rows(lines):\n"
            + "    rows = []\n"
            + "    for line in lines:\n"
            + "        cells = [c.strip() for c in line.replace(';', ',').split(',') if c.strip()]\n"
            + "        if not cells:\n"
            + "            continue\n"
            + "        try:\n"
            + "            rows.append([float(c) for c in cells[:RAW_INPUTS]])\n"
            + "        except ValueError:\n"
            + "            if rows:\n"
            + "                raise\n"
            + "    return rows\n\n\n"
            + "if __name__ == \"__main__\":\n"
            + "    if len(sys.argv) != 2:\n"
            + "        sys.exit(\"usage: python3 model.py rows.csv  (or - for standard input)\")\n"
            + "    source = sys.stdin if sys.argv[1] == \"-\" else open(sys.argv[1], encoding=\"utf-8\")\n"
            + "    for out in predict(_read_rows(source)):\n"
            + "        print(\",\".join(repr(float(v)) for v in out))\n";
}
