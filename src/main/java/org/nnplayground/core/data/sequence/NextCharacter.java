package org.nnplayground.core.data.sequence;

import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Rng;

/**
 * Next character on a text: each sequence is a window of {@code length} consecutive characters of
 * the text, starting at a random position; the target at every step is the character that follows,
 * one-hot over the text's {@link CharVocabulary}. The inputs are one-hot vectors too (steps x
 * vocabulary), or, with {@code indices}, each step's symbol index as one number (steps x 1), the
 * form an {@code Embedding} layer takes.
 *
 * @param text the text, 2 to {@link Limits#MAX_TEXT_LENGTH} characters, longer than {@code length}
 * @param length characters per window
 * @param indices whether the inputs are symbol indices rather than one-hot vectors
 */
public record NextCharacter(String text, int length, boolean indices) implements SequenceTask {
    /** The name of the text's length in notices. */
    public static final String TEXT_LENGTH = "Text length";

    public NextCharacter {
        if (text == null || text.length() < 2 || text.length() > Limits.MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(TEXT_LENGTH + ": " + (text == null ? 0 : text.length())
                    + " characters is not allowed; use 2 to " + Limits.MAX_TEXT_LENGTH);
        }
        SequenceTask.checkLength(length, 1);
        if (length >= text.length()) {
            throw new IllegalArgumentException("Sequence length: " + length + " is not allowed for a text of "
                    + text.length() + " characters; use 1 to " + (text.length() - 1));
        }
        CharVocabulary.of(text);
    }

    /** The task on {@link DefaultText#TEXT} with one-hot inputs. */
    public static NextCharacter onDefaultText(int length) {
        return new NextCharacter(DefaultText.TEXT, length, false);
    }

    /** {@code text} cut to {@link Limits#MAX_TEXT_LENGTH} characters. */
    public static String fitText(String text) {
        return text.length() > Limits.MAX_TEXT_LENGTH ? text.substring(0, Limits.MAX_TEXT_LENGTH) : text;
    }

    /** The notice for a text that {@link #fitText} cuts ("Text length: 12000 is above the limit of 10000; using 10000."), or null. */
    public static String textNotice(String text) {
        return text.length() > Limits.MAX_TEXT_LENGTH
                ? Limits.above(TEXT_LENGTH, Integer.toString(text.length()), Integer.toString(Limits.MAX_TEXT_LENGTH))
                : null;
    }

    /** The text's vocabulary. */
    public CharVocabulary vocabulary() {
        return CharVocabulary.of(text);
    }

    @Override
    public SequenceData generate(int count, Rng rng) {
        CharVocabulary vocabulary = vocabulary();
        int v = vocabulary.size();
        int inFeatures = indices ? 1 : v;
        double[] x = new double[count * length * inFeatures];
        double[] y = new double[count * length * v];
        int starts = text.length() - length;
        for (int s = 0; s < count; s++) {
            int start = rng.nextInt(starts);
            for (int t = 0; t < length; t++) {
                int in = vocabulary.indexOf(text.charAt(start + t));
                int next = vocabulary.indexOf(text.charAt(start + t + 1));
                int step = s * length + t;
                if (indices) {
                    x[step] = in;
                } else {
                    x[step * v + in] = 1.0;
                }
                y[step * v + next] = 1.0;
            }
        }
        return new SequenceData(count, length, inFeatures, length, v, x, y);
    }
}
