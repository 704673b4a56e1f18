package org.nnplayground.core.state.lab;

import static org.nnplayground.core.text.KeptFields.field;

import java.util.Map;
import org.nnplayground.core.data.image.AddedImages;
import org.nnplayground.core.data.image.AddedImagesText;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.text.KeptFields;
import org.nnplayground.core.text.NumberFormat;

/**
 * What the reader made in the sequence and image playground, as the page keeps it in the browser's
 * own storage between visits: the last images drawn and added to an image problem's training set
 * (with that problem), and the last text typed for the next-character problem; and which of them
 * was in use. Either part may be missing. {@link #write} gives text that {@link #read} turns back
 * into the same record; anything else (a damaged or foreign value in storage) is refused with a
 * sentence, never another exception.
 *
 * <p>The text: a first line {@value #HEADER}, then one field per entry in the format of
 * {@link KeptFields}. Unknown keys are skipped, so that a later version can add fields.
 *
 * @param imagesProblem the problem the images were added to, or null (with {@code images})
 * @param images        the added images (not empty), or null
 * @param text          the typed text (1 to {@link Limits#MAX_TEXT_LENGTH} characters), or null
 * @param inUse         the part in use when kept
 */
public record LabOwnData(ImageProblem imagesProblem, AddedImages images, String text, Part inUse) {
    /** The first line of the text. */
    public static final String HEADER = "nn-playground lab own data 1";
    /** The field format, whose damage messages say "a field" without its key. */
    private static final KeptFields FIELDS = new KeptFields(HEADER, "the playground's own data of version 1", false);

    /** Which part was in use. */
    public enum Part { NONE, IMAGES, TEXT }

    /** Nothing kept. */
    public static final LabOwnData NOTHING = new LabOwnData(null, null, null, Part.NONE);

    /** Checks that the parts come whole and that the part in use is there. */
    public LabOwnData {
        if ((imagesProblem == null) != (images == null) || (images != null && images.isEmpty())) {
            throw new IllegalArgumentException("kept images need their problem, and at least one image");
        }
        if (images != null && (!imagesProblem.hasSide(images.side()) || images.classesUsed() > imagesProblem.classes())) {
            throw new IllegalArgumentException("the kept images do not fit " + imagesProblem.label());
        }
        if (text != null && (text.isEmpty() || text.length() > Limits.MAX_TEXT_LENGTH)) {
            throw new IllegalArgumentException("a kept text has 1 to " + Limits.MAX_TEXT_LENGTH + " characters");
        }
        inUse = inUse == null ? Part.NONE : inUse;
        if ((inUse == Part.IMAGES && images == null) || (inUse == Part.TEXT && text == null)) {
            throw new IllegalArgumentException("the part in use, " + inUse + ", is not kept");
        }
    }

    /**
     * What to keep after the reader's run is {@code state}: its added images or its own text (in
     * use), beside the other part kept before; a run without either keeps what was kept, none in use.
     */
    public LabOwnData after(LabState state) {
        LabModel m = state.model();
        if (m instanceof ImageModel && !((ImageModel) m).added().isEmpty()) {
            ImageModel im = (ImageModel) m;
            return new LabOwnData(im.data().problem(), im.added(), text, Part.IMAGES);
        }
        if (m instanceof SequenceModel && ((SequenceModel) m).data().text() != null) {
            return new LabOwnData(imagesProblem, images, ((SequenceModel) m).data().text(), Part.TEXT);
        }
        return inUse == Part.NONE ? this : new LabOwnData(imagesProblem, images, text, Part.NONE);
    }

    /** Whether nothing is kept. */
    public boolean isEmpty() {
        return images == null && text == null;
    }

    /** Whether {@code state} already has every part kept that it could have (nothing to offer back). */
    public boolean inUseBy(LabState state) {
        LabModel m = state.model();
        boolean imagesThere = images == null || (m instanceof ImageModel && ((ImageModel) m).data().problem() == imagesProblem
                && images.equals(((ImageModel) m).added()));
        boolean textThere = text == null || (m instanceof SequenceModel && text.equals(((SequenceModel) m).data().text()));
        return imagesThere && textThere;
    }

    /** The images kept, in words: "3 images drawn for Digits". */
    public String describeImages() {
        return images.size() + (images.size() == 1 ? " image" : " images") + " drawn for " + imagesProblem.label();
    }

    /** The text kept, in words: "your text of 1,234 characters". */
    public String describeText() {
        return "your text of " + NumberFormat.grouped(text.length())
                + (text.length() == 1 ? " character" : " characters");
    }

    /** What is kept, in words: "3 images drawn for Digits and your text of 12 characters". */
    public String describe() {
        if (isEmpty()) {
            return "nothing";
        }
        if (images != null && text != null) {
            return describeImages() + " and " + describeText();
        }
        return images != null ? describeImages() : describeText();
    }

    /** The text of this record. */
    public String write() {
        StringBuilder s = FIELDS.start();
        if (images != null) {
            field(s, "images-problem", imagesProblem.id());
            field(s, "images", AddedImagesText.write(images));
        }
        if (text != null) {
            field(s, "text", text);
        }
        field(s, "in-use", inUse.name());
        return s.toString();
    }

    /**
     * The record {@code text} holds.
     *
     * @throws IllegalArgumentException saying what is damaged
     */
    public static LabOwnData read(String text) {
        Map<String, String> fields = FIELDS.read(text);
        try {
            ImageProblem problem = null;
            AddedImages images = null;
            if (fields.containsKey("images")) {
                problem = ImageProblem.byId(fields.get("images-problem") == null ? "" : fields.get("images-problem"));
                if (problem == null) {
                    throw damaged("the images' problem is unknown");
                }
                images = AddedImagesText.read(fields.get("images"));
            }
            String inUse = fields.get("in-use");
            Part part = null;
            for (Part p : Part.values()) {
                if (p.name().equals(inUse)) {
                    part = p;
                }
            }
            if (part == null) {
                throw damaged("which part was in use is not said");
            }
            return new LabOwnData(problem, images, fields.get("text"), part);
        } catch (IllegalArgumentException e) {
            throw KeptFields.asDamage(e);
        }
    }

    private static IllegalArgumentException damaged(String why) {
        return KeptFields.damaged(why);
    }
}
