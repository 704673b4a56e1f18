package org.nnplayground.core.export;

import java.util.List;
import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.AvgPool2d;
import org.nnplayground.core.nn.layer.Conv1d;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.nn.layer.Dense;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Flatten;
import org.nnplayground.core.nn.layer.GlobalAvgPool;
import org.nnplayground.core.nn.layer.GlobalMaxPool;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.LayerSpec;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.MaxPool2d;
import org.nnplayground.core.nn.layer.Padding;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Shape;
import org.nnplayground.core.nn.layer.StepDense;
import org.nnplayground.core.nn.layer.StepOutput;

/**
 * A sequence or image network as a self-contained Python script that needs only NumPy, as
 * {@link PythonScript} writes one for points: the parameters as hexadecimal floats (the very same
 * doubles), each layer kind as a small NumPy function that runs a whole batch (the recurrent ones
 * step by step, the convolutions kernel position by kernel position, with the core's padding), the
 * head's activation (softmax over each step's values) and {@code predict(inputs)}. Run as a program
 * it reads one input per CSV row (its values flattened row-major, as the core stores them) and
 * prints one line of outputs per input.
 */
public final class LabPython {
    private LabPython() {
    }

    /** The script for the snapshot's network. */
    public static String write(LabSnapshot snapshot) {
        Network network = snapshot.network();
        Architecture a = network.architecture();
        StringBuilder s = new StringBuilder(8192 + network.parameterCount() * 24);
        s.append("#!/usr/bin/env python3\n");
        s.append("\"\"\"A network trained in nn-playground, rebuilt with NumPy.\n\n");
        s.append("Input: ").append(shapeText(a.input())).append(" (").append(snapshot.inputMeaning()).append(").\n");
        if (!snapshot.vocabulary().isEmpty()) {
            s.append("Vocabulary (index order): see VOCABULARY.\n");
        }
        s.append("Outputs per input: ").append(a.outputs()).append(" (").append(shapeText(a.outputShape()))
                .append(", output activation: ").append(a.outputActivation().id()).append(").\n\n");
        s.append("    python3 model.py inputs.csv   one input per row, its values flattened; prints one line of outputs per input\n");
        s.append("    python3 model.py -            reads the inputs from standard input\n");
        s.append("    from model import predict; predict(inputs)   inputs of shape (n,) + INPUT_SHAPE\n\"\"\"\n");
        s.append("import sys\n\nimport numpy as np\n\n");
        s.append("PROBLEM = ");
        PythonScript.pythonString(s, snapshot.problem());
        s.append("\nLINK = ");
        PythonScript.pythonString(s, snapshot.link());
        s.append("\nVOCABULARY = ");
        PythonScript.pythonString(s, snapshot.vocabulary());
        s.append("\nEPOCH = ").append(snapshot.epoch()).append("\nINPUT_SHAPE = (");
        for (int i = 0; i < a.input().rank(); i++) {
            s.append(a.input().dim(i)).append(a.input().rank() == 1 || i < a.input().rank() - 1 ? ", " : "");
        }
        s.append(")\n\n\n");
        s.append("def _matrix(text, rows, cols):\n    return np.array([float.fromhex(t) for t in text.split()], dtype=np.float64).reshape(rows, cols)\n\n\n");
        s.append("def _vector(text):\n    return np.array([float.fromhex(t) for t in text.split()], dtype=np.float64)\n\n\n");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < a.layers().size(); i++) {
            int n = i + 1;
            LayerSpec spec = a.layers().get(i);
            Layer layer = network.layer(n);
            String kind = LabLayerJson.kind(spec);
            List<String> names = LabLayerJson.blockNames(kind);
            s.append("# Layer ").append(n).append(": ").append(kind).append(", ").append(shapeText(layer.inputShape()))
                    .append(" -> ").append(shapeText(layer.outputShape())).append(".\n");
            for (int k = 0; k < names.size(); k++) {
                ParamBlock b = layer.parameters().get(k);
                s.append("L").append(n).append("_").append(names.get(k));
                if (b.bias()) {
                    s.append(" = _vector(\"");
                    PythonScript.hexList(s, b.values());
                    s.append("\")\n");
                } else {
                    s.append(" = _matrix(\"");
                    PythonScript.hexList(s, b.values());
                    s.append("\", ").append(b.fanOut()).append(", ").append(b.fanIn()).append(")\n");
                }
            }
            s.append("\n");
            body.append("        a = ").append(call(spec, layer, "L" + n + "_")).append("\n");
        }
        s.append("\n").append(PythonScript.ACTIVATIONS).append(LAYERS);
        s.append("\n\ndef predict(inputs):\n    \"\"\"The outputs, one flat row per input, for inputs of shape (n,) + INPUT_SHAPE (or flat rows).\"\"\"\n");
        s.append("    a = np.asarray(inputs, dtype=np.float64).reshape((-1,) + INPUT_SHAPE)\n");
        s.append("    with np.errstate(all=\"ignore\"):\n").append(body);
        Activation head = a.outputActivation();
        s.append("        a = ").append(head == Activation.SOFTMAX ? "_softmax_last" : PythonScript.function(head)).append("(a)\n");
        s.append("        return a.reshape(a.shape[0], -1)\n");
        s.append(MAIN);
        return s.toString();
    }

    private static String call(LayerSpec spec, Layer layer, String p) {
        Shape in = layer.inputShape();
        if (spec instanceof Dense.Spec d) {
            return "_dense(a, " + p + "weights, " + p + "biases, " + fn(d.activation()) + ", " + py(d.residual()) + ")";
        } else if (spec instanceof StepDense.Spec d) {
            return "_step_dense(a, " + p + "weights, " + p + "biases, " + fn(d.activation()) + ")";
        } else if (spec instanceof Elman.Spec e) {
            return "_elman(a, " + recurrentArgs(p) + ", " + fn(e.activation()) + ", " + every(e.output()) + ")";
        } else if (spec instanceof Gru.Spec g) {
            return "_gru(a, " + recurrentArgs(p) + ", " + every(g.output()) + ")";
        } else if (spec instanceof Lstm.Spec l) {
            return "_lstm(a, " + recurrentArgs(p) + ", " + every(l.output()) + ")";
        } else if (spec instanceof Embedding.Spec) {
            return (((Embedding) layer).takesIndices() ? "_embed_indices(a, " : "_embed_onehot(a, ") + p + "table)";
        } else if (spec instanceof Conv1d.Spec c) {
            int steps = in.dim(0);
            return "_conv1d(a, " + p + "weights, " + p + "biases, " + c.kernel() + ", " + c.stride() + ", "
                    + pads(c.padding(), steps, c.kernel(), c.stride()) + ", " + fn(c.activation()) + ")";
        } else if (spec instanceof Conv2d.Spec c) {
            return "_conv2d(a, " + p + "weights, " + p + "biases, " + c.kernel() + ", " + c.stride() + ", "
                    + pads(c.padding(), in.dim(1), c.kernel(), c.stride()) + ", " + pads(c.padding(), in.dim(2), c.kernel(), c.stride())
                    + ", " + fn(c.activation()) + ")";
        } else if (spec instanceof MaxPool2d.Spec) {
            return "_max_pool2d(a)";
        } else if (spec instanceof AvgPool2d.Spec) {
            return "_avg_pool2d(a)";
        } else if (spec instanceof GlobalMaxPool.Spec) {
            return in.rank() == 3 ? "a.max(axis=(2, 3))" : "a.max(axis=1)";
        } else if (spec instanceof GlobalAvgPool.Spec) {
            return in.rank() == 3 ? "a.mean(axis=(2, 3))" : "a.mean(axis=1)";
        } else if (spec instanceof Flatten.Spec) {
            return "a.reshape(a.shape[0], -1)";
        }
        throw new IllegalArgumentException("The Python script has no form for the layer " + spec + ".");
    }

    /** "(before, after)": the zeros the core's padding adds along an axis of {@code in} positions. */
    private static String pads(Padding padding, int in, int kernel, int stride) {
        int before = padding.before(in, kernel, stride);
        int needed = (padding.outputExtent(in, kernel, stride) - 1) * stride + kernel - in;
        int after = padding == Padding.VALID ? 0 : Math.max(0, needed - before);
        return "(" + before + ", " + after + ")";
    }

    private static String recurrentArgs(String p) {
        return p + "inputWeights, " + p + "recurrentWeights, " + p + "biases";
    }

    private static String every(StepOutput o) {
        return py(o == StepOutput.EVERY_STEP);
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }

    private static String fn(Activation a) {
        return PythonScript.function(a);
    }

    private static String shapeText(Shape s) {
        return s.rank() == 1 ? String.valueOf(s.size()) : s.toString().replace("x", " x ");
    }

    /** Each layer kind over a batch, as the core computes it. */
    private static final String LAYERS = ""
            + "def _softmax_last(z):\n    e = np.exp(z - z.max(axis=-1, keepdims=True))\n    return e / e.sum(axis=-1, keepdims=True)\n\n\n"
            + "def _dense(a, W, b, f, skip):\n    x = a.reshape(a.shape[0], -1)\n    y = f(x @ W.T + b)\n    return y + x if skip else y\n\n\n"
            + "def _step_dense(a, W, b, f):\n    return f(a @ W.T + b)\n\n\n"
            + "def _elman(a, Wx, Wh, b, f, every):\n"
            + "    h = np.zeros((a.shape[0], Wh.shape[1]))\n    states = []\n"
            + "    for t in range(a.shape[1]):\n        h = f(a[:, t] @ Wx.T + b + h @ Wh.T)\n        states.append(h)\n"
            + "    return np.stack(states, axis=1) if every else h\n\n\n"
            + "def _gru(a, Wx, Wh, b, every):\n"
            + "    \"\"\"Rows: update u, reset r, candidate n; h = (1 - u) h_prev + u n, the reset applied before the recurrent product.\"\"\"\n"
            + "    H = Wh.shape[1]\n    h = np.zeros((a.shape[0], H))\n    states = []\n"
            + "    for t in range(a.shape[1]):\n        x = a[:, t] @ Wx.T + b\n"
            + "        g = x[:, :2 * H] + h @ Wh[:2 * H].T\n        u = sigmoid(g[:, :H])\n        r = sigmoid(g[:, H:])\n"
            + "        n = np.tanh(x[:, 2 * H:] + (r * h) @ Wh[2 * H:].T)\n        h = (1.0 - u) * h + u * n\n        states.append(h)\n"
            + "    return np.stack(states, axis=1) if every else h\n\n\n"
            + "def _lstm(a, Wx, Wh, b, every):\n"
            + "    \"\"\"Rows: input i, forget f, candidate g, output o; c = f c_prev + i g, h = o tanh(c).\"\"\"\n"
            + "    H = Wh.shape[1]\n    h = np.zeros((a.shape[0], H))\n    c = np.zeros((a.shape[0], H))\n    states = []\n"
            + "    for t in range(a.shape[1]):\n        z = a[:, t] @ Wx.T + b + h @ Wh.T\n"
            + "        i = sigmoid(z[:, :H])\n        f = sigmoid(z[:, H:2 * H])\n        g = np.tanh(z[:, 2 * H:3 * H])\n        o = sigmoid(z[:, 3 * H:])\n"
            + "        c = f * c + i * g\n        h = o * np.tanh(c)\n        states.append(h)\n"
            + "    return np.stack(states, axis=1) if every else h\n\n\n"
            + "def _embed_indices(a, T):\n    \"\"\"T is values x symbols; each step holds a symbol's index.\"\"\"\n"
            + "    return T.T[a[:, :, 0].astype(np.int64)]\n\n\n"
            + "def _embed_onehot(a, T):\n    return a @ T.T\n\n\n"
            + "def _conv1d(a, W, b, k, s, pad, f):\n"
            + "    \"\"\"a: n x steps x features; W: filters x (k * features), tap by tap.\"\"\"\n"
            + "    n, steps, c = a.shape\n    x = np.pad(a, ((0, 0), pad, (0, 0)))\n    out_steps = (x.shape[1] - k) // s + 1\n"
            + "    Wk = W.reshape(W.shape[0], k, c)\n    z = np.zeros((n, out_steps, W.shape[0])) + b\n"
            + "    for j in range(k):\n        z = z + x[:, j:j + s * (out_steps - 1) + 1:s, :] @ Wk[:, j, :].T\n"
            + "    return f(z)\n\n\n"
            + "def _conv2d(a, W, b, k, s, pad_y, pad_x, f):\n"
            + "    \"\"\"a: n x channels x height x width; W: filters x (channels * k * k), channel by channel, row by row.\"\"\"\n"
            + "    n, c = a.shape[0], a.shape[1]\n    x = np.pad(a, ((0, 0), (0, 0), pad_y, pad_x))\n"
            + "    oh = (x.shape[2] - k) // s + 1\n    ow = (x.shape[3] - k) // s + 1\n    Wk = W.reshape(W.shape[0], c, k, k)\n"
            + "    z = np.zeros((n, W.shape[0], oh, ow)) + b[None, :, None, None]\n"
            + "    for ky in range(k):\n        for kx in range(k):\n"
            + "            patch = x[:, :, ky:ky + s * (oh - 1) + 1:s, kx:kx + s * (ow - 1) + 1:s]\n"
            + "            z = z + np.einsum(\"nchw,fc->nfhw\", patch, Wk[:, :, ky, kx])\n"
            + "    return f(z)\n\n\n"
            + "def _max_pool2d(a):\n    n, c, h, w = a.shape\n    return a.reshape(n, c, h // 2, 2, w // 2, 2).max(axis=(3, 5))\n\n\n"
            + "def _avg_pool2d(a):\n    n, c, h, w = a.shape\n    return a.reshape(n, c, h // 2, 2, w // 2, 2).mean(axis=(3, 5))\n";

    private static final String MAIN = "\n\n"
            + "def _read_inputs(lines):\n"
            + "    rows = []\n"
            + "    for line in lines:\n"
            + "        cells = [c.strip() for c in line.replace(';', ',').split(',') if c.strip()]\n"
            + "        if not cells:\n"
            + "            continue\n"
            + "        try:\n"
            + "            rows.append([float(c) for c in cells])\n"
            + "        except ValueError:\n"
            + "            if rows:\n"
            + "                raise\n"
            + "    return rows\n\n\n"
            + "if __name__ == \"__main__\":\n"
            + "    if len(sys.argv) != 2:\n"
            + "        sys.exit(\"usage: python3 model.py inputs.csv  (or - for standard input)\")\n"
            + "    source = sys.stdin if sys.argv[1] == \"-\" else open(sys.argv[1], encoding=\"utf-8\")\n"
            + "    for out in predict(_read_inputs(source)):\n"
            + "        print(\",\".join(repr(float(v)) for v in out))\n";
}
