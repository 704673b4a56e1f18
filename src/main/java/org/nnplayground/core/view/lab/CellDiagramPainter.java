package org.nnplayground.core.view.lab;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Elman;
import org.nnplayground.core.nn.layer.Embedding;
import org.nnplayground.core.nn.layer.Gru;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.nn.layer.Lstm;
import org.nnplayground.core.nn.layer.ParamBlock;
import org.nnplayground.core.nn.layer.Recurrent;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * A recurrent network as a row of blocks, left to right: the input, each recurrent layer as a cell
 * with its loop (the state it hands itself at the next step), and the dense head. The link into a
 * block is coloured and sized by the mean size of its weights (Wx for a cell, the head's weights for
 * the head), the loop by the mean size of the recurrent weights Wh, on the scale the points' graph
 * uses for weights: thicker and darker is larger. {@link #hitAt} names the block under a pointer.
 */
public final class CellDiagramPainter {
    private static final double LOOP = 14;
    private static final double MAX_LINK = 6;

    /** One block as drawn: its name, what it is, the mean |w| of its incoming link and of its loop (NaN: none). */
    public record Block(String name, String detail, double inWeight, double loopWeight) {
    }

    private final List<double[]> boxes = new ArrayList<>();
    private List<Block> shown = List.of();

    /** The blocks of {@code network}: input, embedding, recurrent layers and head, with their mean weights. */
    public static List<Block> blocks(Network network) {
        List<Block> blocks = new ArrayList<>();
        Layer first = network.layers().get(0);
        int[] in = first.inputShape().rank() == 2 ? new int[] {first.inputShape().dim(0), first.inputShape().dim(1)}
                : new int[] {1, first.inputShape().size()};
        blocks.add(new Block("input", in[1] + (in[1] == 1 ? " value" : " values") + " per step, " + in[0] + " steps",
                Double.NaN, Double.NaN));
        int cells = 0;
        for (Layer layer : network.layers()) {
            if (layer instanceof Embedding) {
                ParamBlock t = ((Embedding) layer).table();
                blocks.add(new Block("embedding", t.fanOut() + " values per character", mean(t), Double.NaN));
            } else if (layer instanceof Recurrent) {
                Recurrent r = (Recurrent) layer;
                cells++;
                blocks.add(new Block(kind(r) + " " + r.hiddenSize(), "recurrent layer " + cells + ": " + kind(r) + " of "
                        + r.hiddenSize() + (r.hiddenSize() == 1 ? " unit" : " units"), mean(r.inputWeights()),
                        mean(r.recurrentWeights())));
            } else {
                double w = Double.NaN;
                for (ParamBlock b : layer.parameters()) {
                    if (!b.bias()) {
                        w = mean(b);
                    }
                }
                blocks.add(new Block("head", "dense head to " + layer.outputShape().dim(layer.outputShape().rank() - 1)
                        + (layer.outputShape().rank() == 2 ? " output per step" : " output at the last step"), w, Double.NaN));
            }
        }
        return blocks;
    }

    static String kind(Recurrent r) {
        return r instanceof Lstm ? "LSTM" : r instanceof Gru ? "GRU" : r instanceof Elman ? "Elman" : "cell";
    }

    /** The mean absolute value of a block's parameters. */
    static double mean(ParamBlock b) {
        double[] v = b.values();
        double sum = 0;
        for (double x : v) {
            sum += Math.abs(x);
        }
        return v.length == 0 ? 0 : sum / v.length;
    }

    /** Paints {@code blocks}; {@code hover} is the block outlined (-1: none). */
    public void paint(DrawSurface s, List<Block> blocks, int hover) {
        s.clear();
        shown = List.copyOf(blocks);
        boxes.clear();
        Palette p = s.palette();
        int n = blocks.size();
        double gap = Math.max(16, Math.min(48, s.width() / (n * 3.0)));
        double boxW = Math.max(40, (s.width() - 8 - gap * (n - 1)) / n);
        double boxH = Math.min(40, Math.max(24, s.height() - LOOP * 2 - 12));
        double top = LOOP * 2 + 4;
        double maxWeight = 0;
        for (Block b : blocks) {
            maxWeight = Math.max(maxWeight, finite(b.inWeight()));
            maxWeight = Math.max(maxWeight, finite(b.loopWeight()));
        }
        double x = 4;
        s.setFont(11, false);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            boxes.add(new double[] {x, top, boxW, boxH});
            if (i > 0 && Doubles.isFinite(b.inWeight())) {
                double t = b.inWeight() / maxWeight;
                stroke(s, p, t);
                s.beginPath();
                s.moveTo(x - gap, top + boxH / 2);
                s.lineTo(x - 4, top + boxH / 2);
                s.stroke();
                s.setFill(p.sequential(0.35 + 0.65 * t));
                s.beginPath();
                s.moveTo(x, top + boxH / 2);
                s.lineTo(x - 6, top + boxH / 2 - 4);
                s.lineTo(x - 6, top + boxH / 2 + 4);
                s.closePath();
                s.fill();
            }
            if (Doubles.isFinite(b.loopWeight())) {
                double t = b.loopWeight() / maxWeight;
                stroke(s, p, t);
                double l = x + boxW * 0.3;
                double r = x + boxW * 0.7;
                s.beginPath();
                s.moveTo(r, top);
                s.bezierTo(r, top - LOOP * 1.6, l, top - LOOP * 1.6, l, top);
                s.stroke();
                s.setFill(p.sequential(0.35 + 0.65 * t));
                s.beginPath();
                s.moveTo(l, top);
                s.lineTo(l - 4, top - 6);
                s.lineTo(l + 4, top - 6);
                s.closePath();
                s.fill();
            }
            s.setDash(0);
            s.setFill(p.inset());
            s.fillRect(x, top, boxW, boxH);
            s.setLineWidth(i == hover ? 2 : 1);
            s.setStroke(i == hover ? p.ink() : p.grid());
            s.strokeRect(x, top, boxW, boxH);
            s.setFill(p.text());
            s.fillText(fit(s, b.name(), boxW - 4), x + boxW / 2, top + boxH / 2, 0);
            x += boxW + gap;
        }
    }

    private static double finite(double v) {
        return Doubles.isFinite(v) ? v : 0;
    }

    private static void stroke(DrawSurface s, Palette p, double t) {
        double u = Doubles.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
        s.setDash(0);
        s.setStroke(p.sequential(0.35 + 0.65 * u));
        s.setLineWidth(1 + (MAX_LINK - 1) * u);
    }

    private static String fit(DrawSurface s, String text, double width) {
        String t = text;
        while (t.length() > 1 && s.textWidth(t) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The block (index into the last paint's blocks) under (x, y), its loop included, or -1. */
    public int hitAt(double x, double y) {
        for (int i = 0; i < boxes.size(); i++) {
            double[] b = boxes.get(i);
            if (x >= b[0] && x <= b[0] + b[2] && y >= b[1] - LOOP * 1.6 && y <= b[1] + b[3]) {
                return i;
            }
        }
        return -1;
    }

    /** Block {@code i} of the last paint in words, with its weights' sizes. */
    public String describe(int i) {
        Block b = shown.get(i);
        StringBuilder s = new StringBuilder(b.detail());
        if (Doubles.isFinite(b.inWeight())) {
            s.append(!Doubles.isNaN(b.loopWeight()) ? "; mean |Wx| " : "; mean |w| ").append(NumberFormat.significant(b.inWeight(), 2));
        }
        if (Doubles.isFinite(b.loopWeight())) {
            s.append(", mean |Wh| ").append(NumberFormat.significant(b.loopWeight(), 2));
        }
        return s.toString();
    }

    /** The whole diagram in a sentence, for the canvas's label. */
    public static String describeAll(List<Block> blocks) {
        StringBuilder s = new StringBuilder("The network: ");
        for (int i = 0; i < blocks.size(); i++) {
            s.append(i == 0 ? "" : ", then ").append(blocks.get(i).detail());
        }
        return s.append('.').toString();
    }
}
