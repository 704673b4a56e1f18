package org.nnplayground.web;

import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Hides the controls and sections a link names (see {@link org.nnplayground.core.link.Controls}):
 * each id maps to elements under the playground's root; a form control is hidden with its label.
 */
final class ControlVisibility {
    private ControlVisibility() {
    }

    static void apply(HTMLElement root, List<String> hiddenControls) {
        for (String id : hiddenControls) {
            String selector = selector(id);
            if (selector != null) {
                hide(root, selector);
            }
        }
    }

    private static String selector(String id) {
        switch (id) {
            case "run":
                return ".nnp-run";
            case "settings":
                return ".nnp-settings";
            case "data":
                return ".nnp-data";
            case "network":
                return ".nnp-network > .nnp-col-body";
            case "output":
                return ".nnp-output";
            case "graph":
                return ".nnp-graph-wrap";
            case "loss-chart":
                return ".nnp-loss-wrap, .nnp-output > h3";
            case "metrics":
                return ".nnp-metrics";
            case "epoch":
                return ".nnp-epoch, .nnp-batch"; // the batch reached belongs to the counter
            case "datasets":
                return ".nnp-datasets";
            case "features":
                return ".nnp-features";
            case "layers":
                return ".nnp-layer-count, .nnp-layers";
            case "stop":
                return "[data-key=\"stop-epoch\"], [data-key=\"stop-loss\"]";
            case "output-activation":
                return "[data-key=\"output\"]";
            default:
                return "[data-key=\"" + id + "\"]";
        }
    }

    @JSBody(params = {"root", "selector"}, script = "root.querySelectorAll(selector).forEach(function (e) {"
            + " var target = e.closest('.field') || e; if (root.contains(target)) { target.hidden = true; } });")
    private static native void hide(HTMLElement root, String selector);
}
