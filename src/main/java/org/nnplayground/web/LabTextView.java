package org.nnplayground.web;

import org.nnplayground.core.data.sequence.NextCharacter;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * The text a character model learns, typed or pasted by the reader: applying it starts the run again
 * on that text (empty: the default text). A text longer than the limit is cut, with the notice that
 * says so; one the model cannot learn (too short for the sequence length, one character only) is
 * refused with the core's sentence and the run stays as it was.
 */
final class LabTextView implements LabView {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLTextAreaElement area;
    private final HTMLElement count;
    /** The run's own text when the area was last filled from it (null: the default text). */
    private String shown = "";

    LabTextView(LabPage page) {
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-text nnp-lab-wide");
        element.appendChild(Dom.text("figcaption", null, "Your text"));
        HTMLElement field = Dom.el("label", "field nnp-lab-text-field");
        field.appendChild(Dom.text("span", "field-label", "The text to learn (up to "
                + NumberFormat.grouped(Limits.MAX_TEXT_LENGTH) + " characters; empty: the default text)"));
        area = (HTMLTextAreaElement) Dom.el("textarea", "nnp-lab-text-area");
        area.setAttribute("data-key", "lab-text");
        area.setAttribute("aria-label", "The text to learn");
        area.setAttribute("rows", "5");
        area.setAttribute("spellcheck", "false");
        field.appendChild(area);
        count = Dom.el("output", "nnp-lab-help nnp-lab-text-count");
        area.addEventListener("input", evt -> count());
        HTMLElement apply = Dom.button("lab-text-apply", "Learn this text", "Start again on the text above", null,
                () -> apply(area.getValue()));
        HTMLElement reset = Dom.button("lab-text-default", "Default text", "Start again on the default text", null, () -> {
            area.setValue("");
            apply("");
        });
        HTMLElement buttons = Dom.append(Dom.el("div", "nnp-lab-text-buttons"), apply, reset, count);
        Dom.append(element, field, buttons);
        show(page.session());
    }

    private void apply(String text) {
        String notice = NextCharacter.textNotice(text);
        page.edit(s -> {
            SequenceModel m = (SequenceModel) s.model();
            return s.withModel(m.withData(m.data().withText(text)));
        });
        LabSession session = page.session();
        if (notice != null && TextWriting.isText(session) && TextWriting.text(session).equals(NextCharacter.fitText(text))) {
            page.showNotice(notice);
        }
    }

    /** Fills the area from the run when its text changed, so a change of other settings keeps what is being typed. */
    private void show(LabSession session) {
        if (TextWriting.isText(session)) {
            SequenceModel m = (SequenceModel) session.state().model();
            String own = m.data().text();
            if (own == null ? shown != null : !own.equals(shown)) {
                shown = own;
                area.setValue(own == null ? "" : own);
                area.setAttribute("placeholder", m.data().textShown());
            }
        }
        count();
    }

    private void count() {
        int n = area.getValue().length();
        String shown = n == 0 ? "Empty: the default text" : NumberFormat.grouped(n) + " characters";
        if (n > Limits.MAX_TEXT_LENGTH) {
            shown += ", only the first " + NumberFormat.grouped(Limits.MAX_TEXT_LENGTH) + " are used";
        }
        count.setTextContent(shown);
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
    }

    @Override
    public void rebuilt(LabSession session) {
        show(session);
    }
}
