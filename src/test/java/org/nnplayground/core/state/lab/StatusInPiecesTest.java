package org.nnplayground.core.state.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.train.StatusInSlices;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/**
 * Metrics of sequence runs counted in pieces of less than one sample (part of a sequence's steps
 * per call) are bit for bit the trainer's own status, for the sine's numbers and for text.
 */
class StatusInPiecesTest {
    private static void sameAsTheTrainers(String link) {
        LabSession session = new LabSession(LabLinks.decode(link).state());
        Trainer trainer = session.trainer();
        trainer.advanceBatches(3);
        long perSample = trainer.network().forwardCost();
        for (long work : new long[] {perSample / 7, perSample / 2, perSample, 3 * perSample + 1}) {
            StatusInSlices slices = new StatusInSlices();
            slices.begin(trainer);
            int calls = 1;
            while (!slices.advanceWork(Math.max(1, work))) {
                calls++;
            }
            StepResult expected = trainer.status();
            assertEquals(expected.train(), slices.result().train(), link + " in pieces of " + work);
            assertEquals(expected.test(), slices.result().test());
            if (work < perSample) {
                int samples = trainer.trainData().size() + trainer.testData().size();
                assertTrue(calls > samples, "each sample took several calls: " + calls + " for " + samples);
            }
        }
    }

    @Test
    void aSineThroughStackedLstmLayers() {
        sameAsTheTrainers("lab=sine&len=30&period=10&noise=0&n=20&train=0.8&cell=lstm&h=6,5&trunc=0&seed=2&lr=0.01"
                + "&batch=2&opt=sgd&clip=0");
    }

    @Test
    void textThroughAnEmbeddingAndAGru() {
        sameAsTheTrainers("lab=text&len=12&n=20&train=0.8&cell=gru&h=7&emb=4&trunc=0&seed=3&lr=0.01&batch=1&opt=sgd&clip=0");
    }
}
