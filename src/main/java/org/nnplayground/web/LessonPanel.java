package org.nnplayground.web;

import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.nn.AffineMap;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.Alternative;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.state.TeachingView;
import org.nnplayground.core.teach.CollapseMeter;
import org.nnplayground.core.teach.StepInspector;
import org.nnplayground.core.train.TrainingData;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The lesson of the open preset: its title and caption in words, its one-click fixes, and the text
 * teaching views (the node's formula, the step inspector, the collapse meter) kept up to date.
 */
final class LessonPanel {
    private final PlaygroundPage page;
    private final HTMLElement element;
    private final HTMLElement formula;
    private final HTMLElement collapse;
    private final HTMLElement inspector;
    private final HTMLElement inspectorText;
    private Preset preset;
    private int sample;

    private final HTMLElement views;

    /** {@code views} holds the drawn teaching views; it stays at the end of the panel. */
    LessonPanel(PlaygroundPage page, HTMLElement views) {
        this.page = page;
        this.views = views;
        element = Dom.el("section", "nnp-lesson");
        element.setAttribute("aria-label", "Lesson");
        formula = Dom.el("p", "nnp-formula");
        formula.setAttribute("aria-live", "off");
        collapse = Dom.el("p", "nnp-collapse");
        inspector = Dom.el("div", "nnp-inspector");
        inspectorText = Dom.el("pre", "nnp-inspector-text");
        Dom.show(element, false);
    }

    HTMLElement element() {
        return element;
    }

    /** Shows the lesson of {@code lesson}, or nothing for a preset without one (or null). */
    void render(Preset lesson) {
        preset = lesson;
        Dom.clear(element);
        boolean show = lesson != null && lesson.hasLessonPanel();
        Dom.show(element, show);
        if (!show) {
            return;
        }
        element.appendChild(Dom.text("h2", null, lesson.title()));
        element.appendChild(Dom.text("p", "nnp-caption", lesson.caption()));
        if (!lesson.fixes().isEmpty()) {
            HTMLElement fixes = Dom.el("div", "nnp-fixes");
            fixes.setAttribute("role", "group");
            fixes.setAttribute("aria-label", "Fixes");
            fixes.appendChild(Dom.text("span", "nnp-fixes-label", "Fixes:"));
            int i = 0;
            for (Alternative fix : lesson.fixes()) {
                fixes.appendChild(Dom.button("fix-" + i++, fix.label(), "Open the lesson with this fix, and train",
                        "nnp-fix-option", () -> page.openVariant(fix.state())));
            }
            element.appendChild(fixes);
        }
        if (lesson.shows(TeachingView.FORMULA)) {
            element.appendChild(formula);
        }
        if (lesson.shows(TeachingView.COLLAPSE)) {
            element.appendChild(collapse);
        }
        if (lesson.shows(TeachingView.INSPECTOR)) {
            renderInspector();
            element.appendChild(inspector);
        }
        element.appendChild(views);
        update();
    }

    private void renderInspector() {
        Dom.clear(inspector);
        inspector.appendChild(Dom.text("h3", null, "Step inspector"));
        HTMLElement controls = Dom.el("div", "nnp-row");
        controls.appendChild(Fields.number("inspect-sample", "Sample", Integer.toString(sample + 1), "1", v -> {
            int n = page.session().trainer().trainData().size();
            if (Doubles.isNaN(v) || v < 1 || v > n) {
                page.say("The sample must be a whole number from 1 to " + n + ".");
            } else {
                sample = (int) Math.floor(v) - 1;
                update();
            }
        }));
        controls.appendChild(Dom.button("inspect-copy", "Copy", "Copy the step as text", null,
                () -> Clipboard.copy(inspectorText.getTextContent(), page)));
        inspector.appendChild(controls);
        inspector.appendChild(inspectorText);
    }

    /**
     * The text view {@code view} (the formula, the collapse meter or the step inspector), or null when
     * the lesson does not show it.
     */
    HTMLElement view(TeachingView view) {
        if (preset == null || !preset.hasLessonPanel() || !preset.shows(view)) {
            return null;
        }
        switch (view) {
            case FORMULA:
                return formula;
            case COLLAPSE:
                return collapse;
            case INSPECTOR:
                return inspector;
            default:
                return null;
        }
    }

    /** Shows the lesson again with every view in its place (a figure took some). */
    void restoreViews() {
        render(preset);
    }

    /** Refreshes the numbers; cheap enough for every drawn frame. */
    void update() {
        if (preset == null || element.isHidden()) {
            return;
        }
        Session session = page.session();
        Network network = session.trainer().network();
        TrainingData data = session.trainer().trainData();
        if (preset.shows(TeachingView.FORMULA) && StepInspector.applies(network)) {
            formula.setTextContent("y = w x + b = " + n(network.weightBlock(1).get(0, 0)) + " x " + signed(network.biasBlock(1).get(0, 0)));
        }
        if (preset.shows(TeachingView.COLLAPSE)) {
            CollapseMeter.Reading r = CollapseMeter.read(network, data);
            String map = affine(r.collapsed());
            collapse.setTextContent(r.linear()
                    ? "Every layer is linear, so the whole network is one node: " + map + "."
                    : "A layer bends, so the network is no longer one node. Its weights multiplied out give " + map
                            + ", but the network differs from that by up to " + n(r.largestGap()) + ".");
        }
        if (preset.shows(TeachingView.INSPECTOR) && StepInspector.applies(network) && data.size() > 0) {
            int i = Math.min(sample, data.size() - 1);
            inspectorText.setTextContent(StepInspector.step(network, data, i, session.trainer().config()).text());
        }
    }

    private static String affine(AffineMap m) {
        StringBuilder s = new StringBuilder("y = ");
        for (int c = 0; c < m.cols(); c++) {
            double w = m.weight(0, c);
            s.append(c == 0 ? n(w) : signed(w)).append(m.cols() == 1 ? " x" : " x" + (c + 1));
        }
        return s.append(' ').append(signed(m.bias(0))).toString();
    }

    private static String n(double v) {
        return NumberFormat.significant(v, 4);
    }

    private static String signed(double v) {
        return v < 0 ? "- " + n(-v) : "+ " + n(v);
    }
}
