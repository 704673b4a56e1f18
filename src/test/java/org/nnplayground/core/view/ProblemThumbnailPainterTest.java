package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.image.ImageProblem;
import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.data.image.ImageSpec;
import org.nnplayground.core.data.sequence.AddingProblem;
import org.nnplayground.core.data.sequence.Echo;
import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.view.lab.ProblemThumbnailPainter;

/** The problem picker's pictures show the problem's own data, inside the thumbnail. */
class ProblemThumbnailPainterTest {
    private final ProblemThumbnailPainter painter = new ProblemThumbnailPainter();

    @Test
    void aSequenceIsABarPerStepAndALineThroughItsTargets() {
        SequenceData echo = new Echo(10, 2, 0.0).generate(1, new Rng(3));
        RecordingSurface s = new RecordingSurface(80, 40);
        painter.paintSequence(s, echo);
        long bars = s.rects.stream().filter(r -> r.filled() && r.colour() == s.palette().negative()).count();
        assertEquals(10, bars, "one bar per input step (a zero bit has a bar of no height)");
        assertEquals(1, s.paths.size());
        assertEquals(10, s.paths.get(0).segments().size(), "the target line visits every step");
        for (RecordingSurface.Rect r : s.rects) {
            assertTrue(r.x() >= 0 && r.x() + r.w() <= 80.001 && r.y() >= 0 && r.y() + r.h() <= 40.001, r.toString());
        }
    }

    @Test
    void aSequenceToOneProblemShowsItsOneTargetAsADotAtTheEnd() {
        RecordingSurface s = new RecordingSurface(80, 40);
        painter.paintSequence(s, new AddingProblem(10, 0.0).generate(1, new Rng(3)));
        assertEquals(1, s.paths.size());
        assertTrue(!s.paths.get(0).stroked());
    }

    @Test
    void imagesAreDrawnSideBySideAndTextAsItsFirstCharacters() {
        ImageSet digits = ImageSpec.of(ImageProblem.DIGITS, 1).withImages(4).withTrainFraction(1.0).generate().train();
        RecordingSurface s = new RecordingSurface(96, 48);
        painter.paintImages(s, digits);
        double right = s.rects.stream().filter(r -> r.filled() && r.w() < 10).mapToDouble(r -> r.x() + r.w()).max().orElse(0);
        assertTrue(right > 48 && right <= 96.5, "two images across: " + right);
        RecordingSurface t = new RecordingSurface(80, 40);
        painter.paintText(t, "hello world\nand more text here");
        assertTrue(t.texts.get(0).text().startsWith("hello"), t.texts.toString());
    }
}
