package org.nnplayground.core.view;

import org.nnplayground.core.nn.NetworkSpec;

/**
 * The text of the network graph: a header over each column ("Input", "4 neurons", "Output", shortened
 * to what fits the column spacing) and the feature labels left of the input nodes, in a font that
 * shrinks with the node pitch and disappears when it would be unreadable.
 */
final class GraphHeaders {
    private static final double HEADER_FONT = 10;
    private static final double MAX_LABEL_FONT = 11;
    private static final double MIN_FONT = 6;

    private GraphHeaders() {
    }

    static void paint(DrawSurface s, NetworkLayout layout, NetworkSpec spec, String[] inputLabels) {
        paintHeaders(s, layout, spec);
        paintInputLabels(s, layout, inputLabels);
    }

    private static void paintHeaders(DrawSurface s, NetworkLayout layout, NetworkSpec spec) {
        s.setFont(HEADER_FONT, false);
        s.setFill(s.palette().mutedText());
        double y = layout.top() / 2;
        double room = layout.spacing() - 4;
        int last = layout.columns() - 1;
        for (int l = 0; l <= last; l++) {
            String text = header(spec, l, last, false);
            if (s.textWidth(text) > room) {
                text = header(spec, l, last, true);
                if (s.textWidth(text) > room) {
                    continue;
                }
            }
            double x = layout.centerX(l);
            // Keep the outer headers inside the surface.
            double half = s.textWidth(text) / 2;
            x = Math.max(half + 1, Math.min(layout.surfaceWidth() - half - 1, x));
            s.fillText(text, x, y, 0);
        }
    }

    /** "Input", "1 neuron", "8 neurons", "Output"; short: "In", "8", "Out". */
    static String header(NetworkSpec spec, int l, int last, boolean shortForm) {
        if (l == 0) {
            return shortForm ? "In" : "Input";
        }
        if (l == last) {
            return shortForm ? "Out" : "Output";
        }
        int n = spec.width(l);
        if (shortForm) {
            return Integer.toString(n);
        }
        return n == 1 ? "1 neuron" : n + " neurons";
    }

    private static void paintInputLabels(DrawSurface s, NetworkLayout layout, String[] labels) {
        double font = Math.min(MAX_LABEL_FONT, layout.pitch() * 0.85);
        if (font < MIN_FONT) {
            return;
        }
        s.setFont(font, false);
        s.setFill(s.palette().text());
        double x = layout.centerX(0) - layout.nodeSize() / 2 - 4;
        for (int i = 0; i < labels.length && i < layout.layerWidth(0); i++) {
            s.fillText(labels[i], x, layout.centerY(0, i), 1);
        }
    }
}
