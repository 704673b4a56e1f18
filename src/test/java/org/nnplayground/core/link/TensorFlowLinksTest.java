package org.nnplayground.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.train.Regularization;

/** Fragments as TensorFlow Playground writes them open the same setup here. */
class TensorFlowLinksTest {
    private static final String TF_DEFAULT = "#activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane"
            + "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.44206&showTestData=false"
            + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
            + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
            + "&initZero=false&hideText=false";

    @Test
    void theirDefaultIsOurDefaultSetup() {
        LinkCodec.Decoded d = LinkCodec.decode(TF_DEFAULT);
        PlaygroundState s = d.link().state();
        assertEquals(DatasetKind.CIRCLE, s.data().kind());
        assertEquals(List.of(4, 2), s.hiddenSizes());
        assertEquals(List.of(Activation.TANH, Activation.TANH), s.hiddenActivations());
        assertEquals(Activation.TANH, s.outputActivation());
        assertEquals(0.03, s.training().learningRate());
        assertEquals(10, s.training().batchSize());
        assertEquals(0.5, s.data().trainFraction());
        assertEquals(500, s.data().points());
        assertEquals(FeatureSet.defaults(), s.features());
        List<String> n = d.notices();
        assertTrue(n.get(0).startsWith("Opened a TensorFlow Playground link"), n.toString());
        assertTrue(n.contains("Ignored the TensorFlow Playground setting 'cosX'."), n.toString());
        assertTrue(n.contains("Ignored the TensorFlow Playground setting 'collectStats'."), n.toString());
    }

    @Test
    void aSpiralWithFeaturesRegularizationAndHiddenControls() {
        LinkCodec.Decoded d = LinkCodec.decode("#activation=relu&batchSize=3&dataset=spiral&learningRate=0.1"
                + "&regularization=L2&regularizationRate=0.003&noise=25&networkShape=8,8,5&seed=0.1&percTrainData=70"
                + "&x=true&y=true&sinX=true&sinY=true&xSquared=false&problem=classification&discretize=true"
                + "&showTestData=true&learningRate_hide=true&problem_hide=true&activation_hide=true");
        PlaygroundState s = d.link().state();
        assertEquals(DatasetKind.SPIRAL, s.data().kind());
        assertEquals(List.of(8, 8, 5), s.hiddenSizes());
        assertEquals(List.of(Activation.RELU, Activation.RELU, Activation.RELU), s.hiddenActivations());
        assertEquals(Regularization.L2, s.training().regularization());
        assertEquals(0.003, s.training().regularizationRate());
        assertEquals(0.5, s.data().noise());
        assertEquals(0.7, s.data().trainFraction(), 1e-12);
        assertEquals(FeatureSet.of(Feature.X1, Feature.X2, Feature.SIN_X1, Feature.SIN_X2), s.features());
        assertTrue(d.link().discretize() && d.link().showTest());
        assertEquals(List.of("lr", "problem"), d.link().hiddenControls());
        assertTrue(d.notices().stream().anyMatch(m -> m.contains("cannot be hidden here and stay visible: activation")),
                d.notices().toString());
    }

    @Test
    void regressionLinksUseTheirRegressionData() {
        PlaygroundState s = LinkCodec.decode("#problem=regression&regDataset=reg-gauss&networkShape=&learningRate=0.01")
                .link().state();
        assertEquals(DatasetKind.MULTI_GAUSSIAN, s.data().kind());
        assertEquals(Activation.IDENTITY, s.outputActivation());
        assertEquals(List.of(), s.hiddenSizes());
        assertEquals(1200, s.data().points());
    }

    @Test
    void theSameSeedTextGivesTheSameSeed() {
        long a = LinkCodec.decode("#networkShape=2&seed=0.5").link().state().seed();
        long b = LinkCodec.decode("#networkShape=2&seed=0.5").link().state().seed();
        long c = LinkCodec.decode("#networkShape=2&seed=0.6").link().state().seed();
        assertEquals(a, b);
        assertTrue(a != c);
    }

    @Test
    void withoutTheirReaderTheirLinkIsNamedAndOpensTheDefault() {
        assertTrue(LinkCodec.isTensorFlowLink(TF_DEFAULT));
        assertTrue(LinkCodec.isTensorFlowLink("#batchSize=10"));
        assertTrue(!LinkCodec.isTensorFlowLink("#batchSize=10&v=1"), "a key of ours makes it ours");
        assertTrue(!LinkCodec.isTensorFlowLink("#v=1&batchSize=10"));
        assertTrue(!LinkCodec.isTensorFlowLink("#activation=tanh&dataset=circle"), "keys both share are not theirs");
        assertTrue(!LinkCodec.isTensorFlowLink(""));
        LinkCodec.Decoded own = LinkCodec.decodeOwn(TF_DEFAULT);
        assertEquals(LinkCodec.decode("").link(), own.link());
        assertEquals(List.of(LinkCodec.FOREIGN_NOTICE), own.notices());
    }

    @Test
    void ourLinksReadTheSameWithOrWithoutTheirReader() {
        for (String fragment : List.of("", "#preset=xor", "v=1&data=spiral&h=8,8&lr=0.3", "v=1&n=99999&noise=3",
                "#networkShape=", "v=1&batch=x")) {
            if (!LinkCodec.isTensorFlowLink(fragment)) {
                assertEquals(LinkCodec.decode(fragment), LinkCodec.decodeOwn(fragment), fragment);
            }
        }
    }
}
