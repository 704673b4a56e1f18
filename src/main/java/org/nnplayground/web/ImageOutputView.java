package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.state.lab.Confusion;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.view.lab.ConfusionPainter;
import org.nnplayground.core.view.lab.ImageViewText;
import org.nnplayground.core.view.lab.ProbabilityPainter;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The output of an image run: the class probabilities of the selected image as bars
 * ({@link ProbabilityPainter}), the accuracy on the shown set, and its confusion matrix with the
 * counts ({@link ConfusionPainter}).
 */
final class ImageOutputView implements LabView {
    private final ImageRun run;
    private final HTMLElement element;
    private final HTMLElement barsCaption;
    private final HTMLCanvasElement bars;
    private final CanvasSurface barsSurface;
    private final HTMLElement accuracy;
    private final HTMLCanvasElement matrix;
    private final CanvasSurface matrixSurface;
    private final ProbabilityPainter barsPainter = new ProbabilityPainter();
    private final ConfusionPainter matrixPainter = new ConfusionPainter();

    ImageOutputView(LabPage page, ImageRun run) {
        this.run = run;
        element = Dom.el("figure", "nnp-lab-view nnp-image-output");
        element.appendChild(Dom.text("figcaption", null, "Output"));
        barsCaption = Dom.el("p", "nnp-image-subhead");
        bars = canvas("Class probabilities");
        accuracy = Dom.el("p", "nnp-image-subhead nnp-image-accuracy");
        matrix = canvas("Confusion matrix");
        Dom.append(element, barsCaption, bars, accuracy, matrix);
        barsSurface = new CanvasSurface(bars, page.theme());
        matrixSurface = new CanvasSurface(matrix, page.theme());
        Browser.onResize(element, page::repaint);
    }

    private static HTMLCanvasElement canvas(String label) {
        HTMLCanvasElement c = (HTMLCanvasElement) Dom.el("canvas", "nnp-image-canvas");
        c.setAttribute("role", "img");
        c.setAttribute("aria-label", label);
        return c;
    }

    @Override
    public HTMLElement element() {
        return element;
    }

    @Override
    public boolean shows(LabSession session) {
        return ImageRun.isImage(session);
    }

    @Override
    public void paint(LabSession session) {
        run.refresh(session);
        ImageSet images = ImageRun.images(session);
        List<String> names = images.problem().classNames();
        int sel = run.selected(session);
        int label = images.label(sel);
        barsCaption.setTextContent("Image " + (sel + 1) + " (" + names.get(label) + "): class probabilities");
        Dom.style(bars, "height", ProbabilityPainter.height(names.size()) + "px");
        barsSurface.fitToElement();
        double[] p = run.trace().probabilities();
        barsPainter.paint(barsSurface, names, p, label);
        bars.setAttribute("aria-label", ImageViewText.probabilities(names, p, label));

        Confusion c = run.confusion();
        int k = names.size();
        int[] counts = new int[k * k];
        for (int a = 0; a < k && c != null; a++) {
            for (int b = 0; b < k; b++) {
                counts[a * k + b] = c.count(a, b);
            }
        }
        boolean test = ImageRun.onTest(session);
        String set = test ? "Test accuracy " : "Training accuracy ";
        accuracy.setTextContent(c == null ? set + "\u2013: the network's answers to the " + images.size()
                + " images are being counted" : set + ProbabilityPainter.percent(c.accuracy())
                + " of " + c.total() + " images; rows the true class, columns the class chosen");
        Dom.style(matrix, "height", ConfusionPainter.height(k, Math.max(1, matrix.getClientWidth())) + "px");
        matrixSurface.fitToElement();
        matrixPainter.paint(matrixSurface, names, counts);
        matrix.setAttribute("aria-label", c == null ? "Confusion matrix: being counted"
                : ImageViewText.confusion(names, counts, c.total(), test));
    }
}
