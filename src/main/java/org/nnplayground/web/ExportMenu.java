package org.nnplayground.web;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.nnplayground.core.export.Json;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What both Export menus, the points page's and the sequence and image page's, are made of: a
 * button that shows and hides the menu's body (with aria-expanded), groups of buttons, buttons that
 * download an export or say why it cannot be made, the model's files (JSON, TensorFlow.js's pair,
 * Python) and the Open group with its hidden file input. Each page says how it makes an export (its
 * text, or "!" and why it cannot be made), what the file is called and where its messages go.
 */
final class ExportMenu {
    private final HTMLElement element;
    private final HTMLElement body;
    private final HTMLElement toggle;
    private final BiConsumer<String, Consumer<String>> text;
    private final Function<String, String> fileName;
    private final Consumer<String> say;
    private final Runnable onOpen;
    private final HTMLElement status;
    private int waiting;

    /**
     * An empty menu, closed.
     *
     * @param className the classes of the menu's element
     * @param description the Export button's tooltip
     * @param text hands the export of a format, or "!" and why it cannot be made, to its callback (at once,
     *             or once the module that makes it has loaded)
     * @param fileName the name a download of a format gets
     * @param say shows a message where the page's messages appear
     * @param onOpen run each time the menu opens
     */
    ExportMenu(String className, String description, BiConsumer<String, Consumer<String>> text, Function<String, String> fileName,
               Consumer<String> say, Runnable onOpen) {
        this.text = text;
        this.fileName = fileName;
        this.say = say;
        this.onOpen = onOpen;
        element = Dom.el("div", className);
        body = Dom.el("div", "nnp-export-body");
        toggle = Dom.button("export", "Export", description, "nnp-export-toggle", this::toggle);
        toggle.setAttribute("aria-expanded", "false");
        // The menu follows its button at once; no id ties them, since an instance holds no ids (embeds share a page).
        Dom.show(body, false);
        status = Dom.el("p", "nnp-export-status");
        status.setAttribute("role", "status");
        Dom.append(element, toggle, body);
        body.appendChild(status);
    }

    /** Exports {@code format} and hands the text (or "!" and why not) to {@code done}; says it is loading meanwhile. */
    void made(String format, Consumer<String> done) {
        boolean[] answered = new boolean[1];
        waiting++;
        text.accept(format, made -> {
            answered[0] = true;
            if (--waiting == 0) {
                status.setTextContent("");
            }
            done.accept(made);
        });
        if (!answered[0]) {
            status.setTextContent("Loading the exports\u2026");
        }
    }

    HTMLElement element() {
        return element;
    }

    /** The part the button shows and hides, to which the page adds its groups. */
    HTMLElement body() {
        return body;
    }

    /** Opens or closes the menu. */
    private void toggle() {
        boolean open = !"true".equals(toggle.getAttribute("aria-expanded"));
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        Dom.show(body, open);
        if (open) {
            onOpen.run();
        }
    }

    /** A labelled group of buttons. */
    static HTMLElement group(String label) {
        HTMLElement g = Dom.el("div", "nnp-export-group");
        g.setAttribute("role", "group");
        g.setAttribute("aria-label", label);
        g.appendChild(Dom.text("span", "nnp-export-label", label));
        return g;
    }

    /** The group "Files" with the model as JSON, TensorFlow.js's two files and Python, for the page to add to. */
    HTMLElement modelFiles() {
        HTMLElement files = group("Files");
        files.appendChild(fileButton("json", "Model (JSON)",
                "The network, its weights, the training settings and the link, as JSON the page opens again", "application/json"));
        files.appendChild(Dom.button("export-tfjs", "TensorFlow.js", "model.json and weights.bin for tf.loadLayersModel", null,
                this::tfjs));
        files.appendChild(fileButton("python", "Python", "A script that rebuilds the network with NumPy and predicts",
                "text/x-python"));
        return files;
    }

    /** A button that downloads the export {@code format} as a file of MIME {@code type}, or says why it cannot be made. */
    HTMLElement fileButton(String format, String label, String description, String type) {
        return Dom.button("export-" + format, label, description, null, () -> made(format, made -> {
            if (made.startsWith("!")) {
                say.accept(made.substring(1));
            } else {
                Downloads.text(fileName.apply(format), type, made);
            }
        }));
    }

    private void tfjs() {
        made("tfjs", model -> {
            if (model.startsWith("!")) {
                say.accept(model.substring(1));
                return;
            }
            made("tfjs-weights", weights -> {
                if (weights.startsWith("!")) {
                    say.accept(weights.substring(1));
                    return;
                }
                Downloads.text(fileName.apply("tfjs"), "application/json", model);
                Downloads.bytes(fileName.apply("tfjs-weights"), weights);
            });
        });
    }

    /**
     * The group "Open": a button that lets a person choose a model file, whose text (or, with null,
     * why it could not be read) goes to {@code opened}.
     */
    HTMLElement openGroup(BiConsumer<String, String> opened) {
        HTMLElement open = group("Open");
        HTMLElement input = Dom.el("input", "nnp-export-file");
        input.setAttribute("type", "file");
        input.setAttribute("accept", ".json,application/json");
        input.setAttribute("tabindex", "-1");
        input.setAttribute("aria-hidden", "true");
        input.setAttribute("hidden", "");
        input.addEventListener("change", evt -> Downloads.readChosenFile(input, Json.MAX_CHARS, (t, error) -> opened.accept(t, error)));
        open.appendChild(Dom.button("export-open", "Open model\u2026", "Open a model file saved from Export, Model (JSON)", null,
                input::click));
        open.appendChild(input);
        return open;
    }
}
