package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.lab.DrawPad;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Under the drawing pad: a class picker (the problem's classes) and "Add to training set", which
 * puts the drawing into the training set with that class (after the generated images; training
 * goes on from the weights it has), then clears the pad. A line says how many images were added and
 * how large the training set is, and whether the link carries them (too many stay in this page);
 * buttons remove the last one added, or all of them.
 */
final class ImageAddControls {
    private final LabPage page;
    private final HTMLElement element;
    private final HTMLElement classField;
    private final HTMLElement count;
    private final HTMLElement note;
    private final HTMLElement removeLast;
    private final HTMLElement removeAll;
    private int chosen;
    /** The classes the picker was built for, so that it is built again only when they change. */
    private List<String> pickerClasses = List.of();

    /** {@code pad} gives the drawing as it is now; {@code cleared} clears it after it was added. */
    ImageAddControls(LabPage page, java.util.function.Supplier<DrawPad> pad, Runnable cleared) {
        this.page = page;
        element = Dom.el("div", "nnp-image-add");
        element.setAttribute("role", "group");
        element.setAttribute("aria-label", "Add the drawing to the training set");
        classField = Dom.el("div", "nnp-image-add-class");
        HTMLElement add = Dom.button("image-add", "Add to training set", "Add the drawing to the training set with the class chosen",
                "nnp-image-add-button", () -> add(pad.get(), cleared));
        removeLast = Dom.button("image-remove-last", "Remove last", "Remove the image added last", null,
                () -> edit(a -> a.withoutLast()));
        removeAll = Dom.button("image-remove-added", "Remove added images", "Remove every image you added", null,
                () -> edit(a -> AddedImages.none(a.side())));
        count = Dom.el("p", "nnp-image-added");
        count.setAttribute("data-key", "image-added-count");
        count.setAttribute("aria-live", "polite");
        note = Dom.el("p", "nnp-image-added-note");
        note.setAttribute("data-key", "image-added-note");
        note.setAttribute("role", "status");
        Dom.append(element, Dom.append(Dom.el("div", "nnp-image-add-row"), classField, add), count, note,
                Dom.append(Dom.el("div", "nnp-image-add-row"), removeLast, removeAll));
    }

    HTMLElement element() {
        return element;
    }

    private void add(DrawPad pad, Runnable cleared) {
        if (pad.isEmpty()) {
            page.showNotice("Draw a figure on the pad first, then add it with its class.");
            return;
        }
        ImageModel before = (ImageModel) page.state().model();
        int classes = before.data().problem().classes();
        int label = Math.min(chosen, classes - 1);
        double[] pixels = pad.pixels();
        page.edit(s -> {
            ImageModel m = (ImageModel) s.model();
            return s.withModel(m.withAdded(m.added().with(pixels, label, classes)));
        });
        if (((ImageModel) page.state().model()).added().size() > before.added().size()) {
            cleared.run();
        }
    }

    private void edit(java.util.function.UnaryOperator<AddedImages> change) {
        page.edit(s -> {
            ImageModel m = (ImageModel) s.model();
            return s.withModel(m.withAdded(change.apply(m.added())));
        });
    }

    /** Sets {@code e}'s text when it changed, so that a live region is not read out again at every frame. */
    private static void setText(HTMLElement e, String text) {
        if (!text.equals(e.getTextContent())) {
            e.setTextContent(text);
        }
    }

    /** Shows the run's classes and added images. */
    void render(LabSession session) {
        ImageModel m = (ImageModel) session.state().model();
        List<String> names = m.data().problem().classNames();
        if (!names.equals(pickerClasses)) {
            pickerClasses = names;
            chosen = Math.min(chosen, names.size() - 1);
            List<Fields.Option> options = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                options.add(new Fields.Option(Integer.toString(i), names.get(i)));
            }
            Dom.clear(classField);
            classField.appendChild(Fields.select("image-add-class", "Class", options, Integer.toString(chosen),
                    v -> chosen = Math.max(0, Math.min(pickerClasses.size() - 1, (int) Fields.parse(v, 0)))));
        }
        AddedImages added = m.added();
        int train = session.sets().images().train().size();
        setText(count, added.isEmpty() ? "No images added: the training set has " + NumberFormat.grouped(train)
                + " generated images."
                : NumberFormat.grouped(added.size()) + (added.size() == 1 ? " image" : " images") + " added: the training set has "
                        + NumberFormat.grouped(train) + " images.");
        boolean outOfLink = !added.isEmpty() && !added.fitsInLink();
        setText(note, outOfLink ? NumberFormat.grouped(added.size()) + " added images are too many for a link (it holds "
                + AddedImages.mostInLink(added.side()) + " of " + added.side() + " x " + added.side() + " pixels): the link leaves them out, so they stay in"
                + " this page only. Remove some to share them by link." : "");
        Dom.show(note, outOfLink);
        Dom.show(removeLast, !added.isEmpty());
        Dom.show(removeAll, !added.isEmpty());
    }
}
