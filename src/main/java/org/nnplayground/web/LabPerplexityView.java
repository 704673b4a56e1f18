package org.nnplayground.web;

import org.nnplayground.core.math.DetMath;
import org.nnplayground.core.state.lab.CharacterLoss;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.TextWriting;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A character model's loss as nats per character and perplexity, for the training and the test
 * windows, live; beside them the two yardsticks: counting the letters alone (the letter-frequency
 * entropy) and guessing evenly among the vocabulary.
 */
final class LabPerplexityView implements LabView {
    private final HTMLElement element;
    private final HTMLElement[] nats = new HTMLElement[4];
    private final HTMLElement[] perplexity = new HTMLElement[4];
    private String text;

    LabPerplexityView() {
        element = Dom.el("figure", "nnp-lab-view nnp-lab-perplexity");
        element.appendChild(Dom.text("figcaption", null, "Loss per character"));
        HTMLElement table = Dom.el("table", "nnp-lab-perplexity-table");
        HTMLElement head = Dom.el("tr", null);
        HTMLElement corner = Dom.el("td", null);
        Dom.append(head, corner, header("Nats per character"), header("Perplexity"));
        table.appendChild(Dom.append(Dom.el("thead", null), head));
        HTMLElement body = Dom.el("tbody", null);
        String[] rows = {"Training", "Test", "Counting letters alone", "Guessing evenly"};
        for (int i = 0; i < rows.length; i++) {
            HTMLElement name = Dom.text("th", null, rows[i]);
            name.setAttribute("scope", "row");
            nats[i] = Dom.text("td", "nnp-lab-number", "");
            perplexity[i] = Dom.text("td", "nnp-lab-number", "");
            body.appendChild(Dom.append(Dom.el("tr", i >= 2 ? "nnp-lab-yardstick" : null), name, nats[i], perplexity[i]));
        }
        table.appendChild(body);
        element.appendChild(table);
        element.appendChild(Dom.text("p", "nnp-lab-help", "Perplexity is e to the loss: the number of characters the model "
                + "is as unsure between as if it picked evenly among them."));
    }

    private static HTMLElement header(String text) {
        HTMLElement th = Dom.text("th", null, text);
        th.setAttribute("scope", "col");
        return th;
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
        CharacterLoss loss = CharacterLoss.of(session);
        row(0, loss.train(), loss.trainPerplexity());
        row(1, loss.test(), loss.testPerplexity());
        String now = TextWriting.text(session);
        if (!now.equals(text)) {
            text = now;
            double entropy = CharacterLoss.letterEntropy(now);
            row(2, entropy, DetMath.exp(entropy));
            int symbols = TextWriting.vocabulary(session).size();
            row(3, DetMath.log(symbols), symbols);
        }
    }

    private void row(int i, double value, double exp) {
        nats[i].setTextContent(value == value ? NumberFormat.fixed(value, 3) : "none");
        perplexity[i].setTextContent(exp == exp ? NumberFormat.fixed(exp, 2) : "none");
    }
}
