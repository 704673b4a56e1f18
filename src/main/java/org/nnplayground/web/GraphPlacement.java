package org.nnplayground.web;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * Where the network graph stands: in the network column under its controls, or, on a phone-sized
 * screen (the style sheet's one-column layout), right under the output's plot, so that the graph and
 * the output it drives (a hovered or focused neuron is shown there, an edited weight changes it) fit
 * on one screen instead of about 1,900 px apart. The graph moves in the document, not only on screen,
 * so that Tab reaches it where it is seen. It stays in the network column while the output section is
 * hidden (an embed that shows only some sections).
 */
final class GraphPlacement {
    /** The style sheet's phone layout: keep in step with the max-width of its one-column rule. */
    static final String PHONE = "(max-width: 640px)";

    private final HTMLElement graph;
    private final HTMLElement networkColumn;
    private final HTMLElement outputColumn;
    private final HTMLElement underPlot;
    private boolean phone;
    /** Whether the graph now stands in the output section (compared as a flag: wrappers of one DOM node need not be ==). */
    private boolean underOutput;
    /** While a figure holds the graph, it stays where the figure put it. */
    private boolean held;

    /**
     * @param networkColumn where the graph stands on wide screens (appended last)
     * @param outputColumn  the output section; on a phone the graph goes into it, before {@code underPlot}
     */
    GraphPlacement(HTMLElement graph, HTMLElement networkColumn, HTMLElement outputColumn, HTMLElement underPlot) {
        this.graph = graph;
        this.networkColumn = networkColumn;
        this.outputColumn = outputColumn;
        this.underPlot = underPlot;
        networkColumn.appendChild(graph);
        Browser.onMedia(PHONE, matches -> {
            phone = matches;
            update();
        });
    }

    /**
     * A figure takes the graph ({@code true}) or gives it back; given back, the graph goes to the
     * network column, or under the plot on a phone.
     */
    void hold(boolean figureHolds) {
        if (held == figureHolds) {
            return;
        }
        held = figureHolds;
        if (!held) {
            underOutput = false;
            networkColumn.appendChild(graph);
            update();
        }
    }

    /** Puts the graph where it belongs now (after a change of screen size or of the hidden sections). */
    void update() {
        if (held) {
            return;
        }
        boolean wanted = phone && !outputColumn.isHidden();
        if (wanted == underOutput) {
            return;
        }
        underOutput = wanted;
        HTMLElement focused = Dom.document().getActiveElement();
        boolean hadFocus = focused != null && Dom.contains(graph, focused);
        if (underOutput) {
            outputColumn.insertBefore(graph, underPlot);
        } else {
            networkColumn.appendChild(graph);
        }
        if (hadFocus) {
            focused.focus(); // moving an element drops its focus
        }
    }
}
