package org.nnplayground.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.teach.CollapseMeter;
import org.nnplayground.core.teach.GradientFlow;
import org.nnplayground.core.train.StepResult;
import org.nnplayground.core.train.Trainer;

/** Each of the article's lessons shows what its caption promises. */
class LessonsTest {
    private static Preset preset(String id) {
        Preset p = Presets.byId(id);
        assertTrue(p != null, "no preset " + id);
        return p;
    }

    @Test
    void everyPresetHasATitleAndACaptionOfTwoToFourSentences() {
        for (Preset p : Presets.all()) {
            int sentences = p.caption().split("[.!?](\\s|$)").length;
            assertTrue(sentences >= 1 && sentences <= 4, p.id() + ": " + sentences + " sentences");
            assertFalse(p.title().isEmpty());
            p.state().newTrainer();
            for (Alternative a : p.variants()) {
                a.state().newTrainer();
            }
            for (Alternative a : p.fixes()) {
                a.state().newTrainer();
            }
        }
    }

    @Test
    void oneNodeLearnsTheIdentity() {
        Trainer t = preset("one-node").state().newTrainer();
        t.trainEpochs(300);
        assertEquals(1.0, t.network().weightBlock(1).values()[0], 0.01);
        assertEquals(0.0, t.network().biasBlock(1).values()[0], 0.01);
    }

    @Test
    void theArticlesLoopDivergesAndEachFixConverges() {
        Preset article = preset("article");
        assertTrue(article.state().newTrainer().trainEpochs(5).diverged());
        assertEquals(3, article.fixes().size());
        for (Alternative fix : article.fixes()) {
            StepResult r = fix.state().newTrainer().trainEpochs(300);
            assertFalse(r.diverged(), fix.label());
            assertTrue(r.train().loss() < 0.01 * scale(fix), fix.label() + ": loss " + r.train().loss());
        }
        Trainer full = article.fixes().get(2).state().newTrainer();
        full.trainEpochs(2000);
        assertEquals(1.0, full.network().weightBlock(1).values()[0], 0.01, "with the bias learning, w reaches 1");
        assertEquals(0.0, full.network().biasBlock(1).values()[0], 0.01, "and b reaches 0");
    }

    private static double scale(Alternative fix) {
        return fix.state().data().kind().isArticle() && fix.label().startsWith("Learning") ? 100 : 1;
    }

    @Test
    void theLinearStackIsOneNodeUntilALayerBends() {
        Preset p = preset("collapse");
        Trainer t = p.state().newTrainer();
        t.trainEpochs(30);
        CollapseMeter.Reading r = CollapseMeter.read(t.network(), t.trainData());
        assertTrue(r.linear());
        assertTrue(r.largestGap() < 1e-9);
        assertEquals(2.0, r.collapsed().weight(0, 0), 0.1, "it learns y = 2x + 1");
        assertEquals(1.0, r.collapsed().bias(0), 0.1);
        Trainer bent = StateEdits.withLayerActivation(p.state(), 1, Activation.RELU).newTrainer();
        bent.trainEpochs(5);
        assertFalse(CollapseMeter.read(bent.network(), bent.trainData()).linear());
    }

    @Test
    void everyActivationVariantLearnsTheCurve() {
        for (Alternative v : preset("activations").variants()) {
            Trainer t = v.state().newTrainer();
            double before = t.status().train().loss();
            double after = t.trainEpochs(150).train().loss();
            assertTrue(after < 0.5 * before, v.label() + ": " + before + " -> " + after);
        }
    }

    @Test
    void aSmallNetworkFitsTheCubic() {
        StepResult r = preset("polynomial").state().newTrainer().trainEpochs(300);
        assertTrue(r.train().loss() < 0.02, "loss " + r.train().loss() + " (the noise alone gives about 0.002)");
    }

    @Test
    void xorNeedsAHiddenLayer() {
        StepResult flat = preset("xor-linear").state().newTrainer().trainEpochs(100);
        StepResult hidden = preset("xor").state().newTrainer().trainEpochs(100);
        assertTrue(flat.train().accuracy() < 0.75, "no hidden layer: " + flat.train().accuracy());
        assertTrue(hidden.train().accuracy() >= 0.95, "one hidden layer: " + hidden.train().accuracy());
    }

    @Test
    void softmaxClassifiesTheThreeArmSpiral() {
        StepResult r = preset("spiral3").state().newTrainer().trainEpochs(300);
        assertTrue(r.train().accuracy() >= 0.95, "accuracy " + r.train().accuracy());
    }

    @Test
    void skipConnectionsKeepTheDeepNetworkLearning() {
        Preset p = preset("skip");
        Trainer plain = p.variants().get(0).state().newTrainer();
        Trainer skip = p.variants().get(1).state().newTrainer();
        GradientFlow flow = new GradientFlow(plain.trainData());
        double[] g0 = flow.measure(plain.network(), plain.trainData(), plain.config());
        double[] g1 = flow.measure(skip.network(), skip.trainData(), skip.config());
        assertTrue(g1[0] > 100 * g0[0], "first layer gradient: " + g0[0] + " without, " + g1[0] + " with skips");
        StepResult a = plain.trainEpochs(100);
        StepResult b = skip.trainEpochs(100);
        assertTrue(a.train().accuracy() < 0.6, "without skips it stays at a coin toss: " + a.train().accuracy());
        assertTrue(b.train().accuracy() >= 0.95, "with skips it learns the circle: " + b.train().accuracy());
    }

    @Test
    void tooSmallCrawlsGoodConvergesTooLargeDiverges() {
        Preset p = preset("learning-rate");
        StepResult small = p.variants().get(0).state().newTrainer().trainEpochs(50);
        StepResult good = p.variants().get(1).state().newTrainer().trainEpochs(50);
        StepResult large = p.variants().get(2).state().newTrainer().trainEpochs(50);
        assertTrue(good.train().loss() < 1e-4, "good: " + good.train().loss());
        assertTrue(small.train().loss() > 100 * good.train().loss(), "small: " + small.train().loss());
        assertTrue(large.diverged(), "large should diverge");
        Network n = p.variants().get(1).state().newTrainer().network();
        assertEquals(1, n.layerCount());
    }
}
