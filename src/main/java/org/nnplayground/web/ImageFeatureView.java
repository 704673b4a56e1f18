package org.nnplayground.web;

import java.util.List;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.view.lab.FeatureMapPainter;
import org.nnplayground.core.view.lab.FeatureMapPainter.FeatureLayer;
import org.nnplayground.core.view.lab.ImageViewText;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/** The selected image's activations after every layer ({@link FeatureMapPainter}). */
final class ImageFeatureView implements LabView {
    private final LabPage page;
    private final ImageRun run;
    private final HTMLElement element;
    private final HTMLElement caption;
    private final HTMLCanvasElement canvas;
    private final CanvasSurface surface;
    private final FeatureMapPainter painter = new FeatureMapPainter();

    ImageFeatureView(LabPage page, ImageRun run) {
        this.page = page;
        this.run = run;
        element = Dom.el("figure", "nnp-lab-view nnp-lab-wide nnp-image-features");
        caption = Dom.text("figcaption", null, "Feature maps");
        canvas = (HTMLCanvasElement) Dom.el("canvas", "nnp-image-canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "Feature maps");
        Dom.append(element, caption, canvas);
        surface = new CanvasSurface(canvas, page.theme());
        Browser.onResize(canvas, page::repaint);
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
        int sel = run.selected(session);
        String of = "image " + (sel + 1) + " (" + images.problem().classNames().get(images.label(sel)) + ")";
        caption.setTextContent("Feature maps of " + of);
        List<FeatureLayer> layers = ImageRun.featureLayers(run.trace());
        FeatureMapPainter.Layout layout = FeatureMapPainter.layout(layers, Math.max(1, canvas.getClientWidth()));
        Dom.style(canvas, "height", layout.height() + "px");
        surface.fitToElement();
        painter.paint(surface, layout, layers);
        canvas.setAttribute("aria-label", ImageViewText.features(of, layers));
    }
}
