package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.view.DatasetThumbnailPainter;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/** The data column: problem type, data set picker with thumbnails, noise, sizes, regenerate, input features. */
final class DataControls {
    /** The problem menu's values that open a sequence or image problem start with this. */
    private static final String LAB = "lab:";

    private static final int THUMBNAIL_POINTS = 160;

    private final PlaygroundPage page;
    private final HTMLElement element;
    private final HTMLElement body;
    private final DatasetThumbnailPainter thumbnails = new DatasetThumbnailPainter();
    private final ThumbnailCanvases thumbnailCanvases;
    private final OwnDataControls own;

    DataControls(PlaygroundPage page) {
        this.page = page;
        own = new OwnDataControls(page);
        thumbnailCanvases = new ThumbnailCanvases(page.theme());
        element = Dom.el("section", "nnp-col nnp-data");
        element.setAttribute("aria-label", "Data");
        element.appendChild(Dom.text("h2", null, "Data"));
        body = Dom.el("div", "nnp-col-body");
        element.appendChild(body);
    }

    HTMLElement element() {
        return element;
    }

    void render() {
        PlaygroundState s = page.state();
        DataSpec d = s.data();
        ProblemType problem = d.kind().problem();
        Dom.clear(body);
        thumbnailCanvases.startRender();
        own.keep(s);
        HTMLElement storage = own.storageNotice();
        if (storage != null) {
            body.appendChild(storage);
        }
        List<Fields.Option> problems = new ArrayList<>();
        for (ProblemType p : ProblemType.values()) {
            problems.add(new Fields.Option(p.name(), problemLabel(p)));
        }
        if (page.labOpener() != null) {
            problems.add(new Fields.Option(LAB + "echo", "Sequences and text (recurrent networks)"));
            problems.add(new Fields.Option(LAB + "digits", "Images (convolutional networks)"));
        }
        body.appendChild(Fields.select("problem", "Problem", problems, problem.name(), v -> {
            if (v.startsWith(LAB)) {
                page.labOpener().accept(v.substring(LAB.length()));
            } else {
                page.edit(st -> StateEdits.withProblem(st, ProblemType.valueOf(v)));
            }
        }));
        body.appendChild(datasetPicker(s, problem));
        if (own.isOpen(s)) {
            body.appendChild(own.panel(s));
        }
        if (!d.kind().isTable() && !d.kind().isDrawn()) { // a table's rows and drawn points are what they are
            sampling(d);
        }
        body.appendChild(Fields.range("ratio", "Training data", 0.1, 1.0, 0.05, d.trainFraction(),
                v -> NumberFormat.fixed(v * 100, 0) + " %", v -> page.edit(st -> st.withData(st.data().withTrainFraction(v)))));
        DataSplit split = page.session().data();
        body.appendChild(Dom.text("p", "nnp-data-counts", split.train().size() + " training, "
                + split.test().size() + " test points"));
        if (d.kind().usesClassCount()) {
            body.appendChild(Fields.range("classes", "Classes", DataSpec.MIN_CLASSES, DataSpec.MAX_CLASSES, 1, d.classes(),
                    v -> Integer.toString((int) v), v -> page.edit(st -> st.withData(st.data().withClasses((int) v)))));
        }
        body.appendChild(Dom.button("regenerate", "Regenerate", "Draw new data and new initial weights (a new seed)", "nnp-wide",
                () -> page.act(page.session()::regenerate)));
        if (problem.inputDimension() == 2 && split.train().slice() == null) { // a wide table's inputs are its columns
            body.appendChild(features(s));
        }
    }

    /** Noise and the number of points: how generated data is drawn. */
    private void sampling(DataSpec d) {
        body.appendChild(Fields.range("noise", "Noise", 0, 1, 0.05, d.noise(),
                v -> NumberFormat.fixed(v * 100, 0) + " %", v -> page.edit(st -> st.withData(st.data().withNoise(v)))));
        if (d.kind() != DatasetKind.ARTICLE) {
            // A link may hold more points than the slider usually offers: the slider then reaches them.
            body.appendChild(Fields.range("points", "Points", Limits.MIN_POINTS, Math.max(2000, d.points()), 10, d.points(),
                    v -> Integer.toString((int) v), v -> page.edit(st -> st.withData(st.data().withPoints((int) v)))));
        }
    }

    private HTMLElement datasetPicker(PlaygroundState s, ProblemType problem) {
        HTMLElement group = Dom.el("div", "nnp-datasets");
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "Data set");
        for (DatasetKind kind : DatasetKind.values()) {
            if (kind.problem() != problem || kind.isOwn()) {
                continue;
            }
            boolean current = kind == s.data().kind();
            HTMLButtonElement b = (HTMLButtonElement) Dom.el("button", "nnp-dataset" + (current ? " nnp-current" : ""));
            b.setType("button");
            b.setAttribute("aria-pressed", current ? "true" : "false");
            b.setAttribute("aria-label", kind.label());
            b.setAttribute("data-key", "dataset-" + kind.id());
            b.setTitle(kind.label());
            b.appendChild(thumbnail(s.data().withKind(kind)));
            b.appendChild(Dom.text("span", null, kind.label()));
            b.addEventListener("click", evt -> {
                own.close();
                page.edit(st -> StateEdits.withDataset(st, kind));
            });
            group.appendChild(b);
        }
        group.appendChild(ownButton(s, problem));
        return group;
    }

    /**
     * "Your data": a formula or a table; its thumbnail shows the own data in use, else the formula it
     * starts with, else (multiclass, which has no formula) the data a table would replace. Every
     * thumbnail is drawn, so none keeps a blank default-sized canvas.
     */
    private HTMLElement ownButton(PlaygroundState s, ProblemType problem) {
        boolean current = own.isOpen(s);
        HTMLButtonElement b = (HTMLButtonElement) Dom.el("button", "nnp-dataset nnp-own-data" + (current ? " nnp-current" : ""));
        b.setType("button");
        b.setAttribute("aria-pressed", current ? "true" : "false");
        b.setAttribute("aria-label", "Your data");
        b.setAttribute("data-key", "dataset-own");
        b.setTitle("Your data: type a formula or load a table");
        DatasetKind formula = DatasetKind.formulaFor(problem);
        // Multiclass has no formula: a table replaces the data in use.
        b.appendChild(thumbnail(s.data().kind().isOwn() || formula == null ? s.data() : s.data().withKind(formula)));
        b.appendChild(Dom.text("span", null, "Your data"));
        b.addEventListener("click", evt -> own.openFor(page.state()));
        return b;
    }

    /** The thumbnail of {@code spec}'s data: the last render's canvas when it shows the same (see {@link ThumbnailCanvases}). */
    private HTMLCanvasElement thumbnail(DataSpec spec) {
        DataSpec small = spec.kind() == DatasetKind.ARTICLE ? spec : spec.withPoints(THUMBNAIL_POINTS).withTrainFraction(1.0);
        return thumbnailCanvases.canvas(small, surface -> {
            DataSplit split = Datasets.generate(small);
            thumbnails.paint(surface, split.train());
        });
    }

    private HTMLElement features(PlaygroundState s) {
        HTMLElement group = Dom.el("fieldset", "nnp-features");
        group.appendChild(Dom.text("legend", null, "Input features"));
        for (Feature f : Feature.values()) {
            boolean on = s.features().contains(f);
            group.appendChild(Fields.checkbox("feature-" + f.id(), f.label(), on, checked -> page.edit(st -> {
                if (!checked && st.features().count() == 1) {
                    throw new IllegalArgumentException("At least one input feature is needed.");
                }
                return st.withFeatures(st.features().with(f, checked));
            })));
        }
        return group;
    }

    static String problemLabel(ProblemType p) {
        switch (p) {
            case CLASSIFICATION:
                return "Classification (2 classes)";
            case MULTICLASS:
                return "Multiclass classification";
            case REGRESSION_1D:
                return "Regression, 1-D (curve)";
            default:
                return "Regression, 2-D (surface)";
        }
    }
}
