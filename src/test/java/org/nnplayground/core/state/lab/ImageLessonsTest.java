package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Conv2d;
import org.nnplayground.core.view.lab.DrawPad;

/**
 * Each image lesson, opened from its link, trains to the outcome its caption states. The figures
 * (JVM 17) are in each method's comment; the assertions leave a margin. The fingerprints after
 * {@link #FINGERPRINT_EPOCHS} epoch are what the browser builds must reproduce (ImageLessonsIT).
 */
public class ImageLessonsTest {
    /** Epochs of the fingerprints the browser test compares. */
    public static final int FINGERPRINT_EPOCHS = 1;
    public static final String EDGE_FINGERPRINT = "d9eb189211556d8f";
    public static final String WHY_FINGERPRINT = "dc1e75197d754d2b";
    public static final String DIGITS_FINGERPRINT = "b5a8b6498a573ea4";

    private static LabSession open(LabLesson lesson) {
        LabLinks.Decoded d = LabLinks.decode(LabLinks.of(lesson));
        assertEquals(lesson, d.lesson());
        assertEquals(List.of(), d.notices(), lesson.id());
        return new LabSession(d.state());
    }

    /** The same run with the network changed to a dense one of {@code widths} on the pixels. */
    private static LabSession dense(LabLesson lesson, int... widths) {
        LabState s = LabLinks.decode(LabLinks.of(lesson)).state();
        ImageModel m = (ImageModel) s.model();
        List<Integer> w = new java.util.ArrayList<>();
        for (int x : widths) {
            w.add(x);
        }
        return new LabSession(s.withModel(m.withNet(new ConvNet(List.of(), w, Activation.RELU))));
    }

    @Test
    void everyImageLessonIsListedAndItsLinkIsItsRunsOwn() {
        assertEquals(3, ImageLessons.all().size());
        for (LabLesson l : ImageLessons.all()) {
            assertNotNull(LabLessons.byId(l.id()), l.id());
            LabLinks.Decoded d = LabLinks.decode(LabLinks.of(l));
            assertEquals(l.link(), LabLinks.encode(d.state(), d.speed(), d.selected()), "one state, one link");
            assertEquals(LabLinks.of(l), LabLinks.encode(d.state(), d.speed(), d.selected(), l));
        }
    }

    /**
     * Two 3x3 filters with global max pooling (26 parameters) reach 100 per cent of the 200 test bars
     * from epoch 2 and keep it at epoch 10; a dense layer of 4 on the pixels (270 parameters) gets
     * 80 per cent at epoch 10 (83.5 per cent of the training bars). After training, one filter's
     * weights differ more from row to row than from column to column (a horizontal detector) and
     * the other's the other way round.
     */
    @Test
    void oneFilterLearnsAnEdgeAndADenseNetworkOfTenTimesTheParametersDoesWorse() {
        LabSession conv = open(ImageLessons.EDGE);
        LabSession dense = dense(ImageLessons.EDGE, 4);
        assertEquals(26, conv.trainer().network().parameterCount());
        assertEquals(270, dense.trainer().network().parameterCount());
        conv.stepEpochs(10);
        dense.stepEpochs(10);
        double c = conv.last().test().accuracy();
        double d = dense.last().test().accuracy();
        assertTrue(c >= 0.98, "convnet " + c);
        assertTrue(d <= 0.9, "dense " + d);
        List<Conv2d> filters = ImageTrace.convolutions(conv.trainer().network());
        double a = orientation(filters.get(0), 0);
        double b = orientation(filters.get(0), 1);
        assertTrue(a * b < 0, "one filter across, one along: " + a + ", " + b);
    }

    /** How much more a filter's row means vary than its column means: positive for a horizontal stroke. */
    private static double orientation(Conv2d conv, int filter) {
        int k = conv.kernel();
        double rows = 0;
        double columns = 0;
        double[] rowMean = new double[k];
        double[] columnMean = new double[k];
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < k; x++) {
                double w = conv.weights().values()[conv.weightIndex(filter, 0, y, x)];
                rowMean[y] += w / k;
                columnMean[x] += w / k;
            }
        }
        double mr = 0;
        double mc = 0;
        for (int i = 0; i < k; i++) {
            mr += rowMean[i] / k;
            mc += columnMean[i] / k;
        }
        for (int i = 0; i < k; i++) {
            rows += (rowMean[i] - mr) * (rowMean[i] - mr);
            columns += (columnMean[i] - mc) * (columnMean[i] - mc);
        }
        return rows - columns;
    }

    /**
     * Digits trained centred, tested moved by up to 2 pixels, 5 epochs: the convnet (1,418
     * parameters) gets 100 per cent of the training digits and 76.5 per cent of the moved test
     * digits; the dense network of 64 (9,930 parameters) 100 and 19 per cent.
     */
    @Test
    void onMovedDigitsTheConvnetKeepsMostOfItsAccuracyAndTheDenseNetworkFalls() {
        LabSession conv = open(ImageLessons.WHY_CONVOLUTION);
        LabSession dense = dense(ImageLessons.WHY_CONVOLUTION, 64);
        assertEquals(1418, conv.trainer().network().parameterCount());
        assertEquals(9930, dense.trainer().network().parameterCount());
        conv.stepEpochs(5);
        dense.stepEpochs(5);
        String figures = "conv " + conv.last().train().accuracy() + "/" + conv.last().test().accuracy() + ", dense "
                + dense.last().train().accuracy() + "/" + dense.last().test().accuracy();
        assertTrue(conv.last().train().accuracy() >= 0.99 && dense.last().train().accuracy() >= 0.99, figures);
        assertTrue(conv.last().test().accuracy() >= 0.7, figures);
        assertTrue(dense.last().test().accuracy() <= 0.3, figures);
    }

    /**
     * The digits convnet reaches 99 per cent of the 200 test digits in 5 epochs, and a stroke drawn
     * down the middle of the pad is taken for a 1 (with a probability of 0.96).
     */
    @Test
    void theDigitsConvnetLearnsAndReadsADrawnOne() {
        LabSession s = open(ImageLessons.DIGITS);
        s.stepEpochs(5);
        double acc = s.last().test().accuracy();
        DrawPad pad = new DrawPad(12);
        pad.stroke(6, 2.5, 6, 9.5);
        ImageTrace one = ImageTrace.of(s.trainer().network(), pad.pixels(), 12);
        assertTrue(acc >= 0.95, "digits " + acc);
        assertEquals(1, one.predicted());
        assertTrue(one.probabilities()[1] > 0.8, "a clear 1: " + one.probabilities()[1]);
    }

    @Test
    void theFingerprintsTheBrowserBuildsMustMatch() {
        String[] got = new String[3];
        for (int i = 0; i < 3; i++) {
            LabSession s = open(ImageLessons.all().get(i));
            s.stepEpochs(FINGERPRINT_EPOCHS);
            got[i] = s.trainer().network().fingerprint().hex();
        }
        assertEquals(List.of(EDGE_FINGERPRINT, WHY_FINGERPRINT, DIGITS_FINGERPRINT), List.of(got));
    }
}
