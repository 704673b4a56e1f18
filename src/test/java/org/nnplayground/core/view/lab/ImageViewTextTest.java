package org.nnplayground.core.view.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.data.image.ImageSpec;

/** The image views' words: what a screen reader hears of each canvas. */
class ImageViewTextTest {
    private static final List<String> DIGITS = ImageProblem.DIGITS.classNames();

    @Test
    void theGridNamesTheWrongImagesOnceTrained() {
        ImageSet images = new ImageSpec(ImageProblem.DIGITS, 12, 100, 0.0, 0.5, 0, 2).generate().test();
        assertEquals("The first 24 of 50 test images, each with its label; not trained yet. Image 1 is selected.",
                ImageViewText.grid(images, 24, true, null, 0));
        int[] predicted = new int[images.size()];
        for (int i = 0; i < predicted.length; i++) {
            predicted[i] = images.label(i);
        }
        predicted[3] = (images.label(3) + 1) % 10;
        String text = ImageViewText.grid(images, 24, true, predicted, 3);
        assertTrue(text.contains("23 right, 1 wrong: image 4, a " + images.label(3) + " taken for a " + predicted[3] + "."), text);
        assertEquals("Image 4: " + images.label(3) + "; the network says " + predicted[3] + ", wrong.",
                ImageViewText.cell(images, 3, predicted));
        for (int i = 0; i < 8; i++) {
            predicted[i] = (images.label(i) + 1) % 10;
        }
        assertTrue(ImageViewText.grid(images, 24, true, predicted, 0).contains("16 right, 8 wrong: "));
        assertTrue(ImageViewText.grid(images, 24, true, predicted, 0).contains("; and more."));
    }

    @Test
    void probabilitiesAreReadLikeliestFirst() {
        double[] p = new double[10];
        p[7] = 0.7;
        p[1] = 0.2;
        p[9] = 0.1;
        assertEquals("Class probabilities: 7 70.0%, 1 20.0%, 9 10.0%. The network says 7; the label is 1.",
                ImageViewText.probabilities(DIGITS, p, 1));
        assertEquals("Class probabilities: 7 70.0%, 1 20.0%, 9 10.0%. The network says 7, which is right.",
                ImageViewText.probabilities(DIGITS, p, 7));
        assertEquals("Class probabilities: 7 70.0%, 1 20.0%, 9 10.0%. The network says 7.",
                ImageViewText.probabilities(DIGITS, p, -1));
    }

    @Test
    void theConfusionMatrixSaysItsAccuracyAndCommonestMistake() {
        List<String> names = ImageProblem.BARS.classNames();
        assertEquals("Confusion matrix of the 10 test images, rows the true class, columns the class chosen: 7 right, accuracy "
                + "70.0%. Most often vertical taken for horizontal, 2 times.", ImageViewText.confusion(names, new int[] {4, 1, 2, 3}, 10, true));
    }

    @Test
    void thePadSaysWhatIsDrawnAndWhereTheCursorIs() {
        DrawPad pad = new DrawPad(8);
        assertTrue(ImageViewText.pad(pad).startsWith("Drawing pad of 8 by 8 pixels, empty; cursor at column 4, row 4."));
        pad.paintCursor();
        assertTrue(ImageViewText.pad(pad).contains("5 pixels painted"));
    }

    @Test
    void layerTitlesSayMapsOrValues() {
        assertEquals("Conv2d: 8 maps of 12\u00d712", ImageViewText.layerTitle("Conv2d", 8, 12, 12, false));
        assertEquals("Dense: 10 values", ImageViewText.layerTitle("Dense", 1, 1, 10, true));
    }
}
