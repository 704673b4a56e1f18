package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.export.ImportedModel;
import org.nnplayground.core.export.ModelReader;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.text.NumberFormat;

/** Opening a points model file: the link it opens and the sentence that says what was opened. */
final class ModelFiles {
    /** A model file read: the link to open and what to say. */
    record Opened(LinkState link, String said) {
    }

    private ModelFiles() {
    }

    /**
     * Reads {@code text} for a playground whose data table is {@code table} (null for none).
     *
     * @throws IllegalArgumentException with the sentence to show, for a file that cannot be opened
     */
    static Opened open(String text, OwnTable table) {
        ImportedModel model = ModelReader.read(text);
        List<String> notices = new ArrayList<>();
        LinkState link = model.toLinkState(notices, table);
        notices.add(0, "Opened the model file: the trained network at epoch " + NumberFormat.grouped(model.epoch()) + ", paused.");
        return new Opened(link, String.join("\n", notices));
    }
}
