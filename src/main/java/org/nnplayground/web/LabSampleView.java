package org.nnplayground.web;

import java.util.function.DoubleSupplier;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.train.TextSampler;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * Text the character model writes after the start of its text, at a temperature the reader sets
 * (kept by the page, so that it travels in the link).
 * While training a new sample comes every {@link TextWriting#EVERY_EPOCHS} epochs (at every step
 * when paused), so the reader sees it go from noise to words; Write draws another at once. Each is
 * seeded by the run, the epoch and the draw, so the same link at the same epoch writes the same text.
 * A large network's sample (beyond what a frame works out at once, see {@link SequenceTraces#AT_ONCE_WORK})
 * is written over the frames by a copy of the weights, the characters showing as they come.
 */
final class LabSampleView implements LabView {
    /** What follows the characters written so far, while a sample is being written. */
    private static final String WRITING = "\u2026";
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLElement about;
    private final HTMLElement start;
    private final HTMLElement written;
    private final HTMLInputElement temperatureBox;
    private int sampleEpoch = -1;
    private int draw;
    /** The sample being written over the frames (a large network's), or null. */
    private TextSampler.Writing writing;

    LabSampleView(LabPage page) {
        this.page = page;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-sample-view");
        element.appendChild(Dom.text("figcaption", null, "Sample"));
        HTMLElement write = Dom.button("lab-write", "Write", "Write another sample now", null, () -> {
            draw++;
            write(page.session());
        });
        HTMLElement field = Fields.number("lab-temperature", "Temperature (" + NumberFormat.shortest(TextSampler.MIN_TEMPERATURE)
                + " to " + NumberFormat.shortest(TextSampler.MAX_TEMPERATURE) + ")", NumberFormat.shortest(page.temperature()),
                NumberFormat.shortest(TextWriting.DEFAULT_TEMPERATURE), this::setTemperature);
        temperatureBox = (HTMLInputElement) field.querySelector("input");
        HTMLElement row = Dom.append(Dom.el("div", "nnp-lab-sample-controls"), write, field);
        about = Dom.el("p", "nnp-lab-help nnp-lab-sample-about");
        HTMLElement text = Dom.el("p", "nnp-lab-sample");
        start = Dom.el("span", "nnp-lab-sample-start");
        written = Dom.el("span", "nnp-lab-sample-text");
        Dom.append(text, start, written);
        Dom.append(element, row, about, text);
    }

    private void setTemperature(double value) {
        if (!(value >= TextSampler.MIN_TEMPERATURE && value <= TextSampler.MAX_TEMPERATURE)) {
            page.showNotice("Temperature: " + (value == value ? NumberFormat.shortest(value) : "that") + " is not allowed; use "
                    + NumberFormat.shortest(TextSampler.MIN_TEMPERATURE) + " to " + NumberFormat.shortest(TextSampler.MAX_TEMPERATURE)
                    + "; the sample keeps " + NumberFormat.shortest(page.temperature()) + ".");
            return;
        }
        page.showNotice(null);
        page.setTemperature(value);
        write(page.session());
    }

    private void write(LabSession session) {
        if (!TextWriting.isText(session)) {
            return;
        }
        sampleEpoch = session.last().epoch();
        start.setTextContent(TextWriting.defaultPrefix(TextWriting.text(session)));
        double temperature = page.temperature();
        if (TextWriting.SAMPLE_LENGTH * TextWriting.characterWork(session) <= SequenceTraces.AT_ONCE_WORK) {
            writing = null;
            written.setTextContent(TextWriting.sample(session, temperature, draw));
        } else {
            writing = TextWriting.beginSample(session, temperature, draw);
            written.setTextContent(WRITING);
        }
        about.setTextContent("Written at epoch " + NumberFormat.grouped(sampleEpoch) + (draw > 0 ? " (draw " + (draw + 1) + ")" : "")
                + ", temperature " + NumberFormat.shortest(temperature) + ", after the start of the text:");
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
        int epoch = session.last().epoch();
        boolean due = sampleEpoch < 0 || epoch != sampleEpoch
                && (!session.playing() || Math.abs(epoch - sampleEpoch) >= TextWriting.EVERY_EPOCHS);
        if (due) {
            draw = 0;
            write(session);
        }
    }

    @Override
    public void advance(LabSession session, DoubleSupplier clock, double until) {
        if (writing == null) {
            return;
        }
        do {
            writing.advance(1);
        } while (!writing.done() && clock.getAsDouble() < until);
        written.setTextContent(writing.text() + (writing.done() ? "" : WRITING));
        if (writing.done()) {
            writing = null;
        }
    }

    @Override
    public void rebuilt(LabSession session) {
        writing = null;
        sampleEpoch = -1;
        temperatureBox.setValue(NumberFormat.shortest(page.temperature()));
    }
}
