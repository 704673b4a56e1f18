package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.export.Exports;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;
import org.nnplayground.core.text.Ascii;

/**
 * The Export menu (a button that shows and hides it, with aria-expanded): the model as JSON, TensorFlow.js,
 * Python, the formula (shown to copy), the data as CSV, each view and the figure as PNG, and
 * opening a model file again. Every failure is said in words where messages appear. The exports are
 * made where {@link PointsExports#current()} says (in this module, or in one loaded for them).
 */
final class ExportControls {
    private static final String[][] VIEWS = {{"figure", "Figure"}, {"graph", "Graph"}, {"output", "Output"}, {"loss", "Loss"}};

    private final PlaygroundPage page;
    private final PointsExports exports;
    private final ExportMenu menu;
    private final HTMLElement lessonPictures;
    private final HTMLElement formula;
    private final HTMLElement formulaBox;

    ExportControls(PlaygroundPage page) {
        this.page = page;
        exports = PointsExports.current();
        menu = new ExportMenu("nnp-export", "Save the model, the data or the pictures, or open a model file",
                (format, done) -> exports.text(page, format, done), Exports::fileName, page::say, this::renderLessonPictures);
        HTMLElement files = menu.modelFiles();
        files.appendChild(Dom.button("export-formula", "Formula", "The network written out as a function, to copy", null,
                this::showFormula));
        files.appendChild(menu.fileButton("csv", "Data (CSV)", "The training and test points", "text/csv"));
        HTMLElement pictures = ExportMenu.group("Pictures (PNG)");
        for (String[] v : VIEWS) {
            pictures.appendChild(Dom.button("export-png-" + v[0], v[1],
                    v[0].equals("figure") ? "Graph, output and loss side by side, with the link and the epoch" : "The " + Ascii.lower(v[1]) + " view",
                    null, () -> picture(v[0], v[1])));
        }
        lessonPictures = Dom.el("span", "nnp-export-lesson");
        pictures.appendChild(lessonPictures);
        HTMLElement open = menu.openGroup(this::opened);
        formulaBox = Dom.el("div", "nnp-formula-box");
        formula = Dom.el("pre", "nnp-export-formula");
        formula.setAttribute("tabindex", "0");
        formula.setAttribute("aria-label", "The network as a formula");
        formulaBox.appendChild(formula);
        formulaBox.appendChild(Dom.button("export-copy-formula", "Copy formula", "Copy the formula", null,
                () -> Clipboard.copy(formula.getTextContent(), page)));
        Dom.show(formulaBox, false);
        Dom.append(menu.body(), files, pictures, open, formulaBox);
    }

    HTMLElement element() {
        return menu.element();
    }

    private void showFormula() {
        menu.made("formula", text -> {
            if (text.startsWith("!")) {
                Dom.show(formulaBox, false);
                page.say(text.substring(1));
                return;
            }
            formula.setTextContent(text);
            Dom.show(formulaBox, true);
            formula.focus();
        });
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

    /** One button per lesson view shown now (their set changes with the lesson), made each time the menu opens. */
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
        for (char c : Ascii.lower(title).toCharArray()) {
            sb.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '-');
        }
        return sb.toString();
    }

    private void opened(String text, String error) {
        if (text == null) {
            page.say(error);
            return;
        }
        exports.read(page, text, (link, said) -> {
            if (link != null) {
                page.applyLink(link);
            }
            page.say(said);
        });
    }
}
