package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Session;
import org.nnplayground.core.train.Divergence;
import org.nnplayground.core.train.LossHistory;
import org.nnplayground.core.train.StepResult;

/**
 * Several ways for a run to blow up (a huge rate with each optimizer, ReLU, softmax on three
 * classes, a weight as large as may be typed in): the run stops on its own and says why, what it keeps is finite, every
 * view of it draws only finite coordinates and no "NaN" or infinity as text, and the fix it offers
 * trains without diverging again: a smaller learning rate, or a reset when the weights themselves
 * are the trouble.
 */
class DivergedRunsTest {
    private static final Pattern NOT_A_NUMBER = Pattern.compile("NaN|Infinity|\u221e");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SGD, rate 10, 1-D curve       | data=sine&out=linear&loss=mse&lr=10&opt=sgd                        | 0",
        "momentum, rate 10, 1-D curve  | data=sine&out=linear&loss=mse&lr=10&opt=momentum                   | 0",
        "Adam, rate 10, ReLU plane     | data=plane&act=relu,relu&out=linear&loss=mse&lr=10&opt=adam        | 0",
        "Adam, rate 10, ReLU sine      | data=sine&act=relu,relu&out=linear&loss=mse&lr=10&opt=adam         | 0",
        "ReLU, rate 3, 2-D regression  | data=plane&act=relu,relu&out=linear&loss=mse&lr=3                  | 0",
        "softmax, rate 10, blobs       | data=blobs&act=linear,linear&out=softmax&loss=ce&lr=10             | 0",
        "a weight of 1e6 (the most)     | data=sine&act=linear,linear&out=linear&loss=mse&lr=0.03            | 1e6",
    })
    void theRunStopsSaysWhyDrawsNoGarbageAndTheFixTrains(String name, String link, double absurdWeight) {
        PlaygroundState state = LinkCodec.decode(link).link().state();
        Session session = new Session(state);
        if (absurdWeight != 0) {
            session.setWeight(1, 0, 0, absurdWeight);
        }
        session.setSpeed(10);
        session.play();
        for (int frame = 0; frame < 500 && session.playing(); frame++) {
            session.frame();
        }
        StepResult last = session.last();
        assertTrue(last.diverged(), name + " diverges");
        assertFalse(session.playing(), "training stopped");
        assertEquals("training diverged", session.stopReason());
        Divergence d = last.divergence();
        assertFalse(NOT_A_NUMBER.matcher(d.message()).find(), d.message());
        assertHistoryFinite(session.history());
        assertViewsDrawOnlyNumbers(session);

        assertEquals(absurdWeight == 0, d.rateTrains(), "a smaller rate is the fix unless the weights themselves are");
        double rate = d.suggestedLearningRate();
        if (d.rateTrains()) {
            session.apply(session.state().withTraining(session.state().training().withLearningRate(rate)));
        } else {
            assertTrue(d.message().contains("reset them"), d.message());
            session.reset();
        }
        session.play();
        int from = session.last().epoch();
        for (int frame = 0; frame < 30 && session.playing(); frame++) {
            session.frame();
        }
        assertFalse(session.last().diverged(), "the fix trains: " + d.message());
        assertTrue(session.last().epoch() >= from + 100, "trained on: epoch " + session.last().epoch());
        assertTrue(Double.isFinite(session.last().train().loss()));
    }

    private static void assertHistoryFinite(LossHistory h) {
        for (int i = 0; i < h.size(); i++) {
            assertTrue(Double.isFinite(h.trainLoss(i)), "train loss " + i);
            assertTrue(Double.isNaN(h.testLoss(i)) || Double.isFinite(h.testLoss(i)), "test loss " + i);
        }
    }

    private static void assertViewsDrawOnlyNumbers(Session session) {
        Network net = session.trainer().network();
        PlaygroundState state = session.state();
        ViewGrid grid = ViewGrid.forData(session.data().train(), 24);
        GridEvaluator eval = new GridEvaluator(net.spec(), grid.points());
        grid.writeInputs(state.features(), eval);
        eval.evaluate(net, grid.points());

        RecordingSurface output = new RecordingSurface(300, 300);
        new OutputPainter().paint(output, grid, eval, session.data().train(), session.data().test(),
                OutputOptions.defaults().withShowTest(true));
        RecordingSurface graph = new RecordingSurface(600, 400);
        new NetworkGraphPainter().paint(graph, net, state.features(), grid, eval, null, null);
        for (boolean log : new boolean[] {false, true}) {
            RecordingSurface loss = new RecordingSurface(400, 200);
            LossChartPainter painter = new LossChartPainter();
            painter.paint(loss, session.history(), LossChartPainter.Options.defaults().withLogScale(log), 200);
            assertClean("loss chart", loss);
        }
        assertClean("output", output);
        assertClean("graph", graph);
    }

    private static void assertClean(String view, RecordingSurface s) {
        assertTrue(s.allCoordinatesFinite(), view + ": every coordinate finite");
        for (RecordingSurface.Text t : s.texts) {
            assertFalse(NOT_A_NUMBER.matcher(t.text()).find(), view + " shows '" + t.text() + "'");
        }
    }
}
