package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;

/**
 * The controls and sections an embedding can hide, by id: whole columns (data, network, output),
 * rows (run, settings) and single controls. The page marks each element with the same id.
 */
public final class Controls {
    private static final String[] IDS = {
        // sections
        "run", "settings", "data", "network", "output", "graph", "loss-chart", "metrics",
        // run bar
        "reset", "play", "step", "step-batch", "epoch", "speed",
        // settings
        "preset", "lr", "batch", "optimizer", "reg", "regrate", "init", "stop",
        // data
        "problem", "datasets", "noise", "points", "ratio", "classes", "regenerate", "features",
        // network
        "layers", "skip", "output-activation", "loss",
        // output
        "discretize", "show-test", "log-scale"
    };

    private Controls() {
    }

    /** Every id, in the order links write them. */
    public static List<String> ids() {
        return List.of(IDS);
    }

    /** Whether {@code id} names a control or section. */
    public static boolean known(String id) {
        for (String s : IDS) {
            if (s.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Known ids only, each once, in the canonical order. */
    static List<String> normalise(List<String> hiddenControls) {
        List<String> out = new ArrayList<>();
        if (hiddenControls == null) {
            return List.copyOf(out);
        }
        for (String id : IDS) {
            if (hiddenControls.contains(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }
}
