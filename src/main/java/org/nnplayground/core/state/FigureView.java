package org.nnplayground.core.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The views an embedded figure can show, by the names authors write in the {@code views} attribute
 * and link setting: the network graph, the output and the loss chart, which every setup has, and the
 * lessons' teaching views, which only a lesson that shows them has (see {@link #availableIn}).
 */
public enum FigureView {
    GRAPH("graph", "Network", null),
    OUTPUT("output", "Output", null),
    LOSS("loss", "Loss", null),
    LANDSCAPE("landscape", "Loss landscape", TeachingView.LANDSCAPE),
    INSPECTOR("inspector", "Step inspector", TeachingView.INSPECTOR),
    COLLAPSE("collapse", "Collapse", TeachingView.COLLAPSE),
    FLOW("flow", "Gradient flow", TeachingView.GRADIENT_FLOW),
    STEPS("steps", "Step by step", TeachingView.STEPS),
    COMPARE("compare", "Compared", TeachingView.COMPARE),
    FITS("fits", "Fits", TeachingView.FITS),
    FIRST_STEPS("first-steps", "First steps", TeachingView.FIRST_STEPS);

    /** What a figure shows when its author names no views. */
    public static final List<FigureView> DEFAULT = List.of(GRAPH, OUTPUT, LOSS);

    private final String id;
    private final String label;
    private final TeachingView teaching;

    FigureView(String id, String label, TeachingView teaching) {
        this.id = id;
        this.label = label;
        this.teaching = teaching;
    }

    /** The name in attributes and links. */
    public String id() {
        return id;
    }

    /** The words over the view in a figure. */
    public String label() {
        return label;
    }

    /** The lesson's teaching view this is, or null for a view every setup has. */
    public TeachingView teaching() {
        return teaching;
    }

    /** The view named {@code id}, or null. */
    public static FigureView byId(String id) {
        for (FigureView v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        return null;
    }

    /** Every name, for messages: "graph, output, ... and first-steps". */
    public static String names() {
        StringBuilder s = new StringBuilder();
        FigureView[] all = values();
        for (int i = 0; i < all.length; i++) {
            s.append(i == 0 ? "" : i == all.length - 1 ? " and " : ", ").append(all[i].id);
        }
        return s.toString();
    }

    /**
     * The views a comma-separated list names, in its order ({@code output,loss,landscape}); an unknown
     * name is named in {@code notices} with the known ones and left out, a name given twice is shown
     * once (and said so). Spaces around names are ignored; "" gives no views.
     */
    public static List<FigureView> parse(String text, List<String> notices) {
        List<FigureView> views = new ArrayList<>();
        int start = 0;
        int parts = 0;
        while (start <= text.length() && !text.trim().isEmpty()) {
            parts++;
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String name = text.substring(start, end).trim();
            FigureView v = byId(name);
            if (v == null) {
                notices.add("Ignored the view '" + shown(name) + "': there is no such view; the views are " + names() + ".");
            } else if (views.contains(v)) {
                notices.add("The view '" + v.id + "' is named twice; it is shown once.");
            } else {
                views.add(v);
            }
            if (comma < 0 || parts >= 1000) {
                break;
            }
            start = comma + 1;
        }
        return views;
    }

    /** A name as a notice quotes it: at most 40 characters, control characters as '?'. */
    private static String shown(String name) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < name.length() && s.length() < 40; i++) {
            char c = name.charAt(i);
            s.append(c < ' ' || c == 0x7F ? '?' : c);
        }
        return name.length() > 40 ? s + "\u2026" : s.toString();
    }

    /** Whether a playground opened from {@code preset} (null for none) has this view. */
    public boolean availableIn(Preset preset) {
        return teaching == null || (preset != null && preset.shows(teaching));
    }

    /** Of {@code wanted}, the views {@code preset} does not have, in order. */
    public static List<FigureView> missingIn(List<FigureView> wanted, Preset preset) {
        List<FigureView> missing = new ArrayList<>();
        for (FigureView v : wanted) {
            if (!v.availableIn(preset)) {
                missing.add(v);
            }
        }
        return missing;
    }
}
