package org.nnplayground.web;

import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.view.lab.NextCharacterBars;
import org.nnplayground.core.view.lab.NextCharacterBarsPainter;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * What the character model expects after a prefix the reader types: the likeliest next characters
 * as bars with their probabilities, redrawn as the prefix is typed and as the weights change. The
 * prefix starts as the start of the text, and goes back to it when the text changes.
 */
final class LabNextCharacterView implements LabView {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLInputElement prefixField;
    private final HTMLElement message;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final NextCharacterBarsPainter painter = new NextCharacterBarsPainter();
    private String text;

    LabNextCharacterView(LabPage page) {
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-next");
        element.appendChild(Dom.text("figcaption", null, "Next character"));
        HTMLElement field = Dom.el("label", "field text nnp-lab-prefix");
        field.appendChild(Dom.text("span", "field-label", "After"));
        prefixField = (HTMLInputElement) Dom.el("input", null);
        prefixField.setType("text");
        prefixField.setAttribute("data-key", "lab-prefix");
        prefixField.setAttribute("aria-label", "Prefix: the text the next character follows");
        prefixField.setAttribute("spellcheck", "false");
        prefixField.setAttribute("size", "16");
        prefixField.addEventListener("input", evt -> page.repaint());
        field.appendChild(prefixField);
        message = Dom.el("p", "nnp-lab-help nnp-lab-prefix-message");
        message.setAttribute("role", "status");
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-lab-canvas nnp-lab-bars-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "The likeliest next characters and their probabilities");
        Dom.append(element, field, message, canvas);
        surface = new CanvasSurface(canvas, page.theme());
        rebuilt(page.session());
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return TextWriting.isText(session);
    }

    @Override
    public void paint(LabSession session) {
        surface.fitToElement();
        String typed = prefixField.getValue();
        String prefix = typed.isEmpty() ? TextWriting.defaultPrefix(TextWriting.text(session)) : typed;
        double[] p;
        try {
            p = TextWriting.probabilities(session, prefix);
        } catch (IllegalArgumentException e) {
            message.setTextContent(e.getMessage() + ".");
            surface.clear();
            canvas.setAttribute("aria-label", "No bars: " + e.getMessage());
            return;
        }
        message.setTextContent(typed.isEmpty() ? "Empty: the start of the text." : "");
        painter.paint(surface, p, TextWriting.vocabulary(session), NextCharacterBars.SHOWN);
        canvas.setAttribute("aria-label", NextCharacterBars.describe(prefix, p, TextWriting.vocabulary(session),
                NextCharacterBars.SHOWN));
    }

    @Override
    public void rebuilt(LabSession session) {
        if (!TextWriting.isText(session)) {
            text = null;
            return;
        }
        String now = TextWriting.text(session);
        if (!now.equals(text)) {
            text = now;
            prefixField.setValue(TextWriting.defaultPrefix(now));
        }
    }
}
