package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.export.Exports;
import org.nnplayground.core.export.ImportedModel;
import org.nnplayground.core.export.Json;
import org.nnplayground.core.export.ModelReader;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The Export menu (a button that shows and hides it, with aria-expanded): the model as JSON, TensorFlow.js,
 * Python, the formula (shown to copy), the data as CSV, each view and the figure as PNG, and
 * opening a model file again. Every failure is said in words where messages appear.
 */
final class ExportControls {
    private static final String[][] VIEWS = {{"figure", "Figure"}, {"graph", "Graph"}, {"output", "Output"}, {"loss", "Loss"}};

    /** Numbers the menus' ids apart, for pages with several playgrounds (each in its own root). */

    private final PlaygroundPage page;
    private final HTMLElement element;
    private final HTMLElement lessonPictures;
    private final HTMLElement body;
    private final HTMLElement toggle;
    private final HTMLElement formula;
    private final HTMLElement formulaBox;

    ExportControls(PlaygroundPage page) {
        this.page = page;
        element = Dom.el("div", "nnp-export");
        HTMLElement body = Dom.el("div", "nnp-export-body");
        this.body = body;
        toggle = Dom.button("export", "Export", "Save the model, the data or the pictures, or open a model file",
                "nnp-export-toggle", this::toggle);
        toggle.setAttribute("aria-expanded", "false");
        // The menu follows its button at once; no id ties them, since an instance holds no ids (embeds share a page).
        element.appendChild(toggle);
        Dom.show(body, false);
        HTMLElement files = group("Files");
        files.appendChild(fileButton("json", "Model (JSON)", "The network, its weights, the training settings and the link, as JSON the page opens again",
                "application/json"));
        files.appendChild(Dom.button("export-tfjs", "TensorFlow.js", "model.json and weights.bin for tf.loadLayersModel", null,
                this::tfjs));
        files.appendChild(fileButton("python", "Python", "A script that rebuilds the network with NumPy and predicts",
                "text/x-python"));
        files.appendChild(Dom.button("export-formula", "Formula", "The network written out as a function, to copy", null,
                this::showFormula));
        files.appendChild(fileButton("csv", "Data (CSV)", "The training and test points", "text/csv"));
        HTMLElement pictures = group("Pictures (PNG)");
        for (String[] v : VIEWS) {
            pictures.appendChild(Dom.button("export-png-" + v[0], v[1],
                    v[0].equals("figure") ? "Graph, output and loss side by side, with the link and the epoch" : "The " + v[1].toLowerCase() + " view",
                    null, () -> picture(v[0], v[1])));
        }
        lessonPictures = Dom.el("span", "nnp-export-lesson");
        pictures.appendChild(lessonPictures);
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
        formulaBox = Dom.el("div", "nnp-formula-box");
        formula = Dom.el("pre", "nnp-export-formula");
        formula.setAttribute("tabindex", "0");
        formula.setAttribute("aria-label", "The network as a formula");
        formulaBox.appendChild(formula);
        formulaBox.appendChild(Dom.button("export-copy-formula", "Copy formula", "Copy the formula", null,
                () -> Clipboard.copy(formula.getTextContent(), page)));
        Dom.show(formulaBox, false);
        Dom.append(body, files, pictures, open, formulaBox);
        element.appendChild(body);
    }

    HTMLElement element() {
        return element;
    }

    /** Opens or closes the menu; opening lists the lesson views shown now. */
    private void toggle() {
        boolean open = !"true".equals(toggle.getAttribute("aria-expanded"));
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        Dom.show(body, open);
        if (open) {
            renderLessonPictures();
        }
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
            String text = PageExports.text(page, format);
            if (text.startsWith("!")) {
                page.say(text.substring(1));
            } else {
                Downloads.text(Exports.fileName(format), type, text);
            }
        });
    }

    private void tfjs() {
        String model = PageExports.text(page, "tfjs");
        if (model.startsWith("!")) {
            page.say(model.substring(1));
            return;
        }
        Downloads.text(Exports.fileName("tfjs"), "application/json", model);
        Downloads.bytes(Exports.fileName("tfjs-weights"), PageExports.text(page, "tfjs-weights"));
    }

    private void showFormula() {
        String text = PageExports.text(page, "formula");
        if (text.startsWith("!")) {
            Dom.show(formulaBox, false);
            page.say(text.substring(1));
            return;
        }
        formula.setTextContent(text);
        Dom.show(formulaBox, true);
        formula.focus();
    }

    private void picture(String view, String label) {
        String caption = "nn-playground, epoch " + NumberFormat.grouped(page.session().last().epoch()) + ": "
                + LinkSync.pageAddress() + "#" + LinkCodec.encode(page.currentLink());
        String name = "nn-playground-" + (view.startsWith("lesson:") ? "lesson-" + slug(label) : view) + ".png";
        Downloads.picture(page.root(), view, caption, name, error -> {
            if (error != null) {
                page.say("The picture could not be made: " + error + ".");
            }
        });
    }

    /** One button per lesson view shown now (their set changes with the lesson). */
    private void renderLessonPictures() {
        Dom.clear(lessonPictures);
        List<String> titles = lessonTitles(page.root());
        for (String title : titles) {
            lessonPictures.appendChild(Dom.button(null, title, "The lesson view " + title, null,
                    () -> picture("lesson:" + title, title)));
        }
    }

    private static List<String> lessonTitles(HTMLElement root) {
        List<String> titles = new ArrayList<>();
        var captions = root.querySelectorAll(".nnp-lesson-view figcaption");
        for (int i = 0; i < captions.getLength(); i++) {
            titles.add(((HTMLElement) captions.item(i)).getTextContent());
        }
        return titles;
    }

    private static String slug(String title) {
        StringBuilder sb = new StringBuilder();
        for (char c : title.toLowerCase().toCharArray()) {
            sb.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '-');
        }
        return sb.toString();
    }

    private void opened(String text, String error) {
        if (text == null) {
            page.say(error);
            return;
        }
        try {
            ImportedModel model = ModelReader.read(text);
            List<String> notices = new ArrayList<>();
            LinkState link = model.toLinkState(notices, page.state().data().table());
            page.applyLink(link);
            notices.add(0, "Opened the model file: the trained network at epoch " + NumberFormat.grouped(model.epoch()) + ", paused.");
            page.say(String.join("\n", notices));
        } catch (IllegalArgumentException e) {
            page.say(e.getMessage());
        }
    }
}
