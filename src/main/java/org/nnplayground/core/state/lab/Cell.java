package org.nnplayground.core.state.lab;

import org.nnplayground.core.Named;

/** The recurrent cells a sequence network can be built of. */
public enum Cell implements Named {
    /** The plain recurrent cell: h_t = act(Wx x_t + Wh h_(t-1) + b). */
    ELMAN("elman", "Elman (simple)", 0),
    /** Gated recurrent unit: update and reset gates and a candidate state. */
    GRU("gru", "GRU", 3),
    /** Long short-term memory: input, forget and output gates and a cell state. */
    LSTM("lstm", "LSTM", 4);

    private final String id;
    private final String label;
    private final int gates;

    Cell(String id, String label, int gates) {
        this.id = id;
        this.label = label;
        this.gates = gates;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** Gate rows a view can show per hidden unit (0 for Elman, whose only row is its state). */
    public int gates() {
        return gates;
    }

    public static Cell byId(String id) {
        return Named.byId(values(), id);
    }
}
