package org.nnplayground.web;

import org.nnplayground.core.state.Session;
import org.nnplayground.core.train.Divergence;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The alert shown while training has diverged: what happened and a fix to press (a safer learning
 * rate, or a reset), which goes through the page's commands like any other control.
 */
final class DivergenceAlert {
    private final PlaygroundPage page;
    private final HTMLElement element;

    DivergenceAlert(PlaygroundPage page) {
        this.page = page;
        element = Dom.el("div", "nnp-alert");
        element.setAttribute("role", "alert");
        Dom.show(element, false);
    }

    HTMLElement element() {
        return element;
    }

    /** Shows the alert for the session's last result, or hides it when training has not diverged. */
    void render() {
        Session session = page.session();
        StepResult last = session.last();
        Divergence d = last == null ? null : last.divergence();
        Dom.clear(element);
        Dom.show(element, d != null);
        if (d == null) {
            return;
        }
        element.appendChild(Dom.text("p", null, d.message()));
        if (d.rateTrains()) {
            double safer = d.suggestedLearningRate();
            element.appendChild(Dom.button("fix-learning-rate", "Use learning rate " + NumberFormat.compact(safer), null, "nnp-fix", () -> {
                page.edit(s -> s.withTraining(s.training().withLearningRate(safer)));
                page.act(session::play);
            }));
            element.appendChild(Dom.button("alert-reset", "Reset", "Reset the weights", null, () -> page.act(session::reset)));
        } else {
            element.appendChild(Dom.button("alert-reset", "Reset the weights and train", null, "nnp-fix", () -> page.act(() -> {
                session.reset();
                session.play();
            })));
        }
    }
}
