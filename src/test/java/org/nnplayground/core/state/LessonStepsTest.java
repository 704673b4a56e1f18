package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.teach.StepTrajectory;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.view.ViewGrid;

/**
 * The lessons about single steps show them: lesson 1 starts slow enough to follow, lesson 2 shows
 * the diverging epoch step by step before the weights go back, lesson 4 each activation's fit, and
 * lesson 9 the too large rate's first steps overshooting.
 */
class LessonStepsTest {
    private static Preset preset(String id) {
        Preset p = Presets.byId(id);
        assertTrue(p != null, "no preset " + id);
        return p;
    }

    private static Session opened(Preset p) {
        Session s = new Session(p.state());
        s.setSpeed(p.speed());
        s.play();
        return s;
    }

    @Test
    void lessonOneStartsAtOneStepPerFrameAndWHeadsForOneOverSeconds() {
        Preset p = preset("one-node");
        assertEquals(Speed.batchEvery(1), p.speed());
        Session s = opened(p);
        double start = s.trainer().network().weightBlock(1).values()[0];
        for (int frame = 0; frame < 60; frame++) { // a second at 60 frames per second
            s.frame();
        }
        assertEquals(1, s.last().epoch(), "60 steps of 50 points: one epoch and 10 steps, not 60 epochs");
        assertEquals(10, EpochBatches.into(s.trainer()));
        double w = s.trainer().network().weightBlock(1).values()[0];
        assertTrue(Math.abs(w - 1) < Math.abs(start - 1) && Math.abs(w - 1) > 0.1,
                "after a second w is on its way, not there: " + start + " -> " + w);
        for (int frame = 0; frame < 600; frame++) {
            s.frame();
        }
        assertEquals(1.0, s.trainer().network().weightBlock(1).values()[0], 0.01, "ten seconds later it is at 1");
    }

    @Test
    void theSlowStartReplaysTheSameBitsAsTheLink() {
        for (Preset p : Presets.all()) {
            Session s = opened(p);
            for (int frame = 0; frame < 40; frame++) {
                s.frame();
            }
            Trainer direct = p.state().newTrainer();
            direct.trainBatches((int) (s.last().sampleUpdates() / Math.min(p.state().training().batchSize(),
                    direct.trainData().size())));
            assertEquals(direct.network().fingerprint().hex(), s.trainer().network().fingerprint().hex(), p.id());
        }
    }

    @Test
    void lessonTwoShowsEveryStepOfTheDivergingEpochBeforeTheWeightsGoBack() {
        Preset p = preset("article");
        assertTrue(p.shows(TeachingView.STEPS));
        assertEquals(Speed.batchEvery(10), p.speed(), "a step every ten frames: the run-away can be followed");
        Session s = opened(p);
        StepTrajectory steps = new StepTrajectory(1000, true);
        s.setStepListener(steps);
        double start = s.trainer().network().weightBlock(1).values()[0];
        int grew = 0;
        int stored = 0;
        for (int frame = 0; frame < 1000 && s.playing(); frame++) {
            s.frame();
            if (steps.stored() > stored) {
                grew++;
                stored = steps.stored();
            }
        }
        assertTrue(s.last().diverged(), "the article's loop diverges");
        assertEquals(0, s.last().epoch(), "in epoch 1");
        assertEquals(start, s.trainer().network().weightBlock(1).values()[0], "the weight is put back");
        assertTrue(steps.diverged());
        assertEquals(stored, grew, "the record grew one step at a time, frame by frame");
        int n = steps.stored();
        assertTrue(n >= 10 && n < 100, n + " steps");
        double smallest = Double.POSITIVE_INFINITY;
        for (int k = 1; k < n; k++) {
            smallest = Math.min(smallest, Math.abs(steps.weight(k) - 1));
        }
        double last = steps.weight(n - 1);
        assertTrue(Math.abs(last) > 1000, "w ran away: " + last);
        assertTrue(Math.abs(last - 1) > 1e4 * smallest, "from " + smallest + " off the answer to " + Math.abs(last - 1));
        assertTrue(steps.loss(n) > 1e6 * steps.loss(1), "the loss exploded: " + steps.loss(1) + " -> " + steps.loss(n));
        assertTrue(Double.isNaN(steps.weight(n)), "the diverging step's update was never taken");
        boolean flipped = false;
        for (int k = 2; k < n; k++) {
            flipped |= (steps.weight(k) - 1) * (steps.weight(k - 1) - 1) < 0;
        }
        assertTrue(flipped, "it jumps past the answer, back and forth");
        // The fix is still one click away and still works.
        Session fixed = new Session(p.fixes().get(0).state());
        assertFalse(fixed.trainer().trainEpochs(50).diverged());
    }

    @Test
    void lessonFourShowsEachFitAndReluFitsWithStraightPieces() {
        Preset p = preset("activations");
        assertTrue(p.shows(TeachingView.FITS) && p.shows(TeachingView.COMPARE));
        Dataset train = new Session(p.variants().get(0).state()).data().train();
        ViewGrid grid = ViewGrid.line(train.domain(), 120);
        for (Alternative v : p.variants()) {
            Session s = new Session(v.state());
            s.trainer().trainEpochs(300);
            GridEvaluator fit = new GridEvaluator(s.trainer().network().spec(), grid.points());
            grid.writeInputs(s.state().features(), fit);
            fit.evaluate(s.trainer().network(), grid.points());
            double[] y = fit.values(s.trainer().network().layerCount());
            double error = 0;
            for (int i = 0; i < train.size(); i++) {
                int at = (int) Math.round((train.x1(i) - grid.domain().xMin()) / grid.domain().width() * (grid.points() - 1));
                error = Math.max(error, Math.abs(y[at] - train.target(i)));
            }
            assertTrue(error < 0.5, v.label() + " fits the sine: largest gap " + error);
            int straight = 0;
            for (int i = 1; i + 1 < grid.points(); i++) {
                double bend = y[i + 1] - 2 * y[i] + y[i - 1];
                if (Math.abs(bend) < 1e-12) {
                    straight++;
                }
            }
            double share = straight / (double) (grid.points() - 2);
            if (v.label().equals("ReLU")) {
                assertTrue(share > 0.6, "ReLU: straight pieces between kinks, " + share + " of the curve");
            } else {
                assertTrue(share < 0.1, v.label() + " bends smoothly: " + share + " of the curve is straight");
            }
        }
    }

    @Test
    void lessonNineShowsTheTooLargeRateOvershootingStepByStep() {
        Preset p = preset("learning-rate");
        assertTrue(p.shows(TeachingView.FIRST_STEPS));
        assertEquals(Speed.epochEvery(10), p.speed());
        StepTrajectory[] first = new StepTrajectory[3];
        Session leader = opened(p);
        Session[] variants = new Session[3];
        for (int i = 0; i < 3; i++) {
            variants[i] = new Session(p.variants().get(i).state());
            first[i] = new StepTrajectory(12, false);
            variants[i].setStepListener(first[i]);
        }
        for (int frame = 0; frame < 200; frame++) {
            leader.frame();
            for (Session v : variants) {
                v.follow(leader);
            }
        }
        StepTrajectory large = first[2];
        assertTrue(large.diverged(), "too large diverges within the close-up");
        assertTrue(large.stored() >= 5, "and takes several steps to: " + large.stored());
        for (int k = 2; k <= large.stored(); k++) {
            assertTrue(large.loss(k) > 3 * large.loss(k - 1), "each step overshoots further: step " + k);
        }
        assertTrue(large.loss(large.stored()) > 1e5 * large.loss(1));
        StepTrajectory good = first[1];
        assertEquals(12, good.stored());
        for (int k = 2; k <= 12; k++) {
            assertTrue(good.loss(k) < good.loss(k - 1), "a good rate walks straight down: step " + k);
        }
        assertFalse(good.diverged());
    }
}
