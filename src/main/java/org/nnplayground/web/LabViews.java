package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The views of a sequence or image playground, in the order the page shows them; each says itself
 * for which runs it has something to show. A new view is one class and one line here.
 */
final class LabViews {
    private LabViews() {
    }

    static List<LabView> all(LabPage page) {
        List<LabView> views = new ArrayList<>();
        views.add(new LabLossView(page.theme()));
        views.add(new LabSampleView(page));
        views.add(new LabNextCharacterView(page));
        views.add(new LabPerplexityView());
        views.add(new LabTextView(page));
        ImageRun images = new ImageRun(page);
        views.add(new ImageFilterView(page));
        views.add(new ImageGridView(page, images));
        views.add(new ImageOutputView(page, images));
        views.add(new ImageDrawView(page));
        views.add(new ImageFeatureView(page, images));
        views.add(new LabCellView(page));
        SequenceTraces traces = new SequenceTraces();
        views.add(traces.shownBy(new LabUnrolledView(page, traces), page::selected));
        views.add(traces.shownBy(new LabCurveView(page, traces), page::selected));
        views.add(traces.shownBy(new LabGradientView(page, traces), page::selected));
        return views;
    }
}
