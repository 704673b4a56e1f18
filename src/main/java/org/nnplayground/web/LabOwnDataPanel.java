package org.nnplayground.web;

import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabOwnData;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.state.lab.SequenceModel;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Above the views of a sequence or image playground: the offer to bring back the images and the
 * text an earlier visit kept in the browser ({@link LabDataKeeper}), why nothing can be kept when
 * storage is full or refused, and, while the run uses what the browser keeps, a button that deletes
 * it. Hidden when there is nothing to say.
 */
final class LabOwnDataPanel {
    private final LabPage page;
    private final StorageKeeper<LabOwnData> keeper;
    private final HTMLElement element;

    LabOwnDataPanel(LabPage page, boolean embedded) {
        this.page = page;
        keeper = LabDataKeeper.open(!embedded, page.state());
        element = Dom.el("div", "nnp-lab-own");
        element.setAttribute("data-key", "lab-own");
    }

    HTMLElement element() {
        return element;
    }

    /** Keeps what the run {@code state} holds of the reader's, then says what there is to say. */
    void update(LabState state) {
        keeper.keep(keeper.kept().after(state));
        render(state);
    }

    private void render(LabState state) {
        Dom.clear(element);
        LabOwnData offered = keeper.offered();
        if (offered != null) {
            HTMLElement box = Dom.el("div", "nnp-restore");
            box.setAttribute("role", "region");
            box.setAttribute("aria-label", "Restore your images and text");
            box.setAttribute("data-key", "lab-restore-offer");
            box.appendChild(Dom.text("p", "nnp-restore-title", "Restore your images and text?"));
            box.appendChild(Dom.text("p", null, "This browser kept " + offered.describe() + " from your last visit"
                    + " (in its own storage; nothing was sent anywhere)."));
            HTMLElement row = Dom.el("div", "nnp-restore-buttons");
            if (offered.images() != null) {
                row.appendChild(Dom.button("lab-restore-images", offered.text() != null ? "Restore the images" : "Restore",
                        "Open " + offered.imagesProblem().label() + " with the images you drew", null,
                        () -> restoreImages(offered.imagesProblem(), offered.images())));
            }
            if (offered.text() != null) {
                row.appendChild(Dom.button("lab-restore-text", offered.images() != null ? "Restore the text" : "Restore",
                        "Open the next-character problem on your text", null, () -> restoreText(offered.text())));
            }
            row.appendChild(Dom.button("lab-restore-delete", "Delete", "Delete the kept images and text from this browser",
                    null, this::forget));
            box.appendChild(row);
            element.appendChild(box);
        } else if (keeper.problem() != null) {
            HTMLElement note = Dom.text("p", "nnp-own-error", keeper.problem());
            note.setAttribute("role", "status");
            note.setAttribute("data-key", "lab-storage-note");
            element.appendChild(note);
        } else if (keeper.holdsSomething() && usesOwnData(state)) {
            HTMLElement row = Dom.el("div", "nnp-lab-own-kept");
            row.appendChild(Dom.text("p", "nnp-own-hint", "This browser keeps your images and text for your next visit,"
                    + " in its own storage (never sent anywhere)."));
            row.appendChild(Dom.button("lab-storage-forget", "Delete kept data",
                    "Delete your images and text from this browser's storage", null, this::forget));
            element.appendChild(row);
        }
        Dom.show(element, element.getFirstChild() != null);
    }

    private static boolean usesOwnData(LabState state) {
        return state.model() instanceof ImageModel ? !((ImageModel) state.model()).added().isEmpty()
                : ((SequenceModel) state.model()).data().text() != null;
    }

    /** Opens {@code problem} at the images' side (unless open already) with {@code images} added. */
    private void restoreImages(ImageProblem problem, AddedImages images) {
        keeper.answered(keeper.kept()); // writing goes on from what was kept, both parts
        if (!(page.state().model() instanceof ImageModel) || ((ImageModel) page.state().model()).data().problem() != problem) {
            page.openProblem(problem.id());
        }
        page.edit(s -> {
            ImageModel m = (ImageModel) s.model();
            ImageModel none = m.withAdded(AddedImages.none(m.data().side()));
            return s.withModel(none.withData(none.data().withSide(images.side())).withAdded(images));
        });
        page.showNotice("Restored " + images.size() + (images.size() == 1 ? " image" : " images") + " drawn for "
                + problem.label() + ".");
    }

    /** Opens the next-character problem (unless open already) on {@code text}. */
    private void restoreText(String text) {
        keeper.answered(keeper.kept()); // writing goes on from what was kept, both parts
        if (!(page.state().model() instanceof SequenceModel) || !((SequenceModel) page.state().model()).data().problem().isText()) {
            page.openProblem("text");
        }
        page.edit(s -> {
            SequenceModel m = (SequenceModel) s.model();
            return s.withModel(m.withData(m.data().withText(text)));
        });
        page.showNotice("Restored your text.");
    }

    /** Deletes what the browser keeps; the run stays as it is. */
    private void forget() {
        keeper.forget(LabOwnData.NOTHING.after(page.state()));
        render(page.state());
        page.showNotice(keeper.problem() == null ? "Deleted the images and text this browser kept." : keeper.problem());
    }
}
