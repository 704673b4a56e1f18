package org.nnplayground.web;

import org.nnplayground.core.export.ImportedLab;
import org.nnplayground.core.export.Json;
import org.nnplayground.core.export.LabExports;
import org.nnplayground.core.export.LabModelReader;
import org.nnplayground.core.export.LabSnapshot;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The lab page's Export menu, as the points page has one (a button that shows and hides it, with
 * aria-expanded): the model as JSON, TensorFlow.js (model.json and weights.bin) and Python, and
 * opening a model file again, which brings back its run with the file's weights, paused. Every
 * failure is said in words in the page's notice.
 */
final class LabExportControls {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLElement body;
    private final HTMLElement toggle;

    LabExportControls(LabPage page) {
        this.page = page;
        element = Dom.el("div", "nnp-export nnp-lab-export");
        body = Dom.el("div", "nnp-export-body");
        toggle = Dom.button("export", "Export", "Save the model, or open a model file", "nnp-export-toggle", this::toggle);
        toggle.setAttribute("aria-expanded", "false");
        Dom.show(body, false);
        HTMLElement files = group("Files");
        files.appendChild(fileButton("json", "Model (JSON)",
                "The network, its weights, the training settings and the link, as JSON the page opens again", "application/json"));
        files.appendChild(Dom.button("export-tfjs", "TensorFlow.js", "model.json and weights.bin for tf.loadLayersModel", null,
                this::tfjs));
        files.appendChild(fileButton("python", "Python", "A script that rebuilds the network with NumPy and predicts",
                "text/x-python"));
        HTMLElement open = group("Open");
        HTMLElement input = Dom.el("input", "nnp-export-file");
        input.setAttribute("type", "file");
        input.setAttribute("accept", ".json,application/json");
        input.setAttribute("tabindex", "-1");
        input.setAttribute("aria-hidden", "true");
        input.setAttribute("hidden", "");
        input.addEventListener("change", evt -> Downloads.readChosenFile(input, Json.MAX_CHARS, this::opened));
        open.appendChild(Dom.button("export-open", "Open model\u2026", "Open a model file saved from Export, Model (JSON)", null,
                input::click));
        open.appendChild(input);
        Dom.append(body, files, open);
        Dom.append(element, toggle, body);
    }

    HTMLElement element() {
        return element;
    }

    /** The export {@code format} of {@code page}'s run, or "!" and why it cannot be made (no export starts with "!"). */
    static String text(LabPage page, String format) {
        if (page == null) {
            return "!There is no sequence or image playground on this page.";
        }
        try {
            return LabExports.text(LabSnapshot.of(page.session(), page.link()), format);
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        }
    }

    private void toggle() {
        boolean open = !"true".equals(toggle.getAttribute("aria-expanded"));
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        Dom.show(body, open);
    }

    private static HTMLElement group(String label) {
        HTMLElement g = Dom.el("div", "nnp-export-group");
        g.setAttribute("role", "group");
        g.setAttribute("aria-label", label);
        g.appendChild(Dom.text("span", "nnp-export-label", label));
        return g;
    }

    private HTMLElement fileButton(String format, String label, String description, String type) {
        return Dom.button("export-" + format, label, description, null, () -> {
            String text = text(page, format);
            if (text.startsWith("!")) {
                page.showNotice(text.substring(1));
            } else {
                Downloads.text(LabExports.fileName(format), type, text);
            }
        });
    }

    private void tfjs() {
        String model = text(page, "tfjs");
        if (model.startsWith("!")) {
            page.showNotice(model.substring(1));
            return;
        }
        Downloads.text(LabExports.fileName("tfjs"), "application/json", model);
        Downloads.bytes(LabExports.fileName("tfjs-weights"), text(page, "tfjs-weights"));
    }

    private void opened(String text, String error) {
        if (text == null) {
            page.showNotice(error);
            return;
        }
        ImportedLab.Opened opened;
        try {
            opened = LabModelReader.read(text).open();
        } catch (IllegalArgumentException e) {
            page.showNotice(e.getMessage());
            return;
        }
        page.applyLink(opened.decoded());
        page.act(() -> page.session().restore(opened.weights(), opened.epoch()));
        StringBuilder said = new StringBuilder("Opened the model file: the trained network at epoch ")
                .append(NumberFormat.grouped(opened.epoch())).append(", paused.");
        for (String notice : opened.decoded().notices()) {
            said.append(' ').append(notice);
        }
        page.showNotice(said.toString());
    }
}
