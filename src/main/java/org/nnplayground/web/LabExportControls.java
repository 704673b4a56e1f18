package org.nnplayground.web;

import org.nnplayground.core.export.ImportedLab;
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
    private final ExportMenu menu;

    LabExportControls(LabPage page) {
        this.page = page;
        menu = new ExportMenu("nnp-export nnp-lab-export", "Save the model, or open a model file",
                (format, done) -> done.accept(text(page, format)), LabExports::fileName, page::showNotice, () -> { });
        Dom.append(menu.body(), menu.modelFiles(), menu.openGroup(this::opened));
    }

    HTMLElement element() {
        return menu.element();
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
