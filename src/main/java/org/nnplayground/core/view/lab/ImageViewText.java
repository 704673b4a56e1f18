package org.nnplayground.core.view.lab;

import java.util.List;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.text.NumberFormat;

/**
 * What the image views show, in words: the text of each canvas's label and of the read-outs that
 * a hover or a key brings up, for screen readers and for everyone.
 */
public final class ImageViewText {
    /** Most wrong images named one by one in the grid's text. */
    static final int WRONG_NAMED = 5;

    private ImageViewText() {
    }

    /** "a 7" or "horizontal": how an image of class {@code c} is named in a sentence. */
    static String classText(List<String> names, int c) {
        String n = names.get(c);
        return n.length() == 1 ? "a " + n : n;
    }

    /**
     * The data grid: how many images of which set, and once trained how many the network gets right
     * and which it gets wrong.
     */
    public static String grid(ImageSet images, int shown, boolean test, int[] predicted, int selected) {
        List<String> names = images.problem().classNames();
        StringBuilder s = new StringBuilder("The first ").append(shown).append(" of ").append(images.size())
                .append(test ? " test images" : " training images").append(", each with its label");
        if (predicted == null) {
            s.append("; not trained yet.");
        } else {
            int wrong = 0;
            StringBuilder which = new StringBuilder();
            for (int i = 0; i < shown; i++) {
                if (predicted[i] != images.label(i)) {
                    wrong++;
                    if (wrong <= WRONG_NAMED) {
                        which.append(wrong == 1 ? ": " : "; ").append("image ").append(i + 1).append(", ")
                                .append(classText(names, images.label(i))).append(" taken for ")
                                .append(classText(names, predicted[i]));
                    }
                }
            }
            s.append(" and the network's answer: ").append(shown - wrong).append(" right, ").append(wrong).append(" wrong")
                    .append(which).append(wrong > WRONG_NAMED ? "; and more" : "").append('.');
        }
        if (selected >= 0 && selected < images.size()) {
            s.append(" Image ").append(selected + 1).append(" is selected.");
        }
        return s.toString();
    }

    /** One cell of the grid: "Image 5: 7; the network says 1, wrong." */
    public static String cell(ImageSet images, int i, int[] predicted) {
        List<String> names = images.problem().classNames();
        StringBuilder s = new StringBuilder("Image ").append(i + 1).append(": ").append(names.get(images.label(i)));
        if (predicted != null && i < predicted.length) {
            boolean right = predicted[i] == images.label(i);
            s.append("; the network says ").append(names.get(predicted[i])).append(right ? ", right" : ", wrong");
        }
        return s.append('.').toString();
    }

    /** The filters: how many, their size, and how their colours read. */
    public static String filters(List<Conv2d> convolutions) {
        if (convolutions.isEmpty()) {
            return "This network has no convolution, so no filters.";
        }
        StringBuilder s = new StringBuilder("The weights of every filter, orange negative and blue positive: ");
        for (int l = 0; l < convolutions.size(); l++) {
            s.append(l == 0 ? "" : "; ").append(FilterPainter.title(l, convolutions.get(l)));
        }
        return s.append('.').toString();
    }

    /** One weight: "Layer 1, filter 2, row 1, column 3: weight 0.412" (with its channel when the filter has several). */
    public static String weight(List<Conv2d> convolutions, FilterPainter.Hit h) {
        Conv2d conv = convolutions.get(h.layer());
        StringBuilder s = new StringBuilder("Layer ").append(h.layer() + 1).append(", filter ").append(h.filter() + 1);
        if (conv.channels() > 1) {
            s.append(", channel ").append(h.channel() + 1);
        }
        s.append(", row ").append(h.row() + 1).append(", column ").append(h.column() + 1);
        return s.append(": weight ").append(NumberFormat.significant(FilterPainter.weight(convolutions, h), 3)).toString();
    }

    /** The feature maps: of what, and each layer's strongest value. */
    public static String features(String of, List<FeatureMapPainter.FeatureLayer> layers) {
        StringBuilder s = new StringBuilder("Activations of ").append(of).append(" after each layer, orange negative and blue positive");
        for (FeatureMapPainter.FeatureLayer l : layers) {
            double max = Tiles.largest(l.values(), 0, l.values().length);
            s.append("; ").append(l.title()).append(", strongest ").append(NumberFormat.significant(max < 1e-9 ? 0 : max, 2));
        }
        return s.append('.').toString();
    }

    /** A layer's title: "Conv2d: 8 maps of 12×12" or "Dense: 10 values". */
    public static String layerTitle(String kind, int channels, int height, int width, boolean vector) {
        if (vector) {
            int n = channels * height * width;
            return kind + ": " + n + (n == 1 ? " value" : " values");
        }
        return kind + ": " + channels + (channels == 1 ? " map" : " maps") + " of " + height + "\u00d7" + width;
    }

    /** The probabilities, likeliest first (at most three named), and whether the answer is right. */
    public static String probabilities(List<String> names, double[] p, int actual) {
        Integer[] order = new Integer[p.length];
        for (int c = 0; c < p.length; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        StringBuilder s = new StringBuilder("Class probabilities: ");
        for (int i = 0; i < Math.min(3, p.length); i++) {
            s.append(i == 0 ? "" : ", ").append(names.get(order[i])).append(' ').append(ProbabilityPainter.percent(p[order[i]]));
        }
        int best = ProbabilityPainter.argmax(p);
        s.append(". The network says ").append(names.get(best));
        if (actual >= 0) {
            s.append(best == actual ? ", which is right." : "; the label is " + names.get(actual) + ".");
        } else {
            s.append('.');
        }
        return s.toString();
    }

    /** The confusion matrix: accuracy, and the most frequent mistake. */
    public static String confusion(List<String> names, int[] counts, int total, boolean test) {
        int k = names.size();
        int right = 0;
        int worst = -1;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                int n = counts[a * k + b];
                if (a == b) {
                    right += n;
                } else if (n > 0 && (worst < 0 || n > counts[worst])) {
                    worst = a * k + b;
                }
            }
        }
        StringBuilder s = new StringBuilder("Confusion matrix of the ").append(total).append(test ? " test images" : " training images")
                .append(", rows the true class, columns the class chosen: ").append(right).append(" right, accuracy ")
                .append(ProbabilityPainter.percent(total == 0 ? Double.NaN : (double) right / total));
        if (worst >= 0) {
            s.append(". Most often ").append(classText(names, worst / k)).append(" taken for ").append(classText(names, worst % k))
                    .append(", ").append(counts[worst]).append(counts[worst] == 1 ? " time" : " times");
        }
        return s.append('.').toString();
    }

    /** The pad: its size, how much is drawn, and where the cursor is. */
    public static String pad(DrawPad pad) {
        return "Drawing pad of " + pad.side() + " by " + pad.side() + " pixels, " + (pad.isEmpty() ? "empty"
                : pad.painted() + " pixels painted") + "; cursor at column " + (pad.cursorX() + 1) + ", row " + (pad.cursorY() + 1)
                + ". Arrow keys move the cursor, Space paints, Backspace or Delete clears.";
    }
}
