package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.train.TrainingConfig;

/**
 * A model file read back by {@link ModelReader}: the network with its weights, its input features,
 * the training settings, the epoch, the link and what the reader noticed (keys it ignored).
 *
 * @param network the network, with the file's weights
 * @param features the input features, null for 1-D data (the single input x)
 * @param training the training settings (with the output's loss)
 * @param epoch the epochs the weights were trained for
 * @param link the link fragment to the setup, "" when the file has none
 * @param notices what the reader ignored
 */
public record ImportedModel(Network network, FeatureSet features, TrainingConfig training, int epoch, String link,
                            List<String> notices) {
    public ImportedModel {
        notices = List.copyOf(notices);
    }

    /**
     * The file's settings with the link's exact rates where the file's (written to 15 significant
     * digits) are the link's rounded: a rate that needs 16 or 17 digits comes back to the last bit,
     * and one edited in the file wins.
     */
    static TrainingConfig exactRates(TrainingConfig file, TrainingConfig link) {
        TrainingConfig t = file;
        if (rounded(link.learningRate(), file.learningRate())) {
            t = t.withLearningRate(link.learningRate());
        }
        if (rounded(link.regularizationRate(), file.regularizationRate())) {
            t = t.withRegularization(t.regularization(), link.regularizationRate());
        }
        return t;
    }

    private static boolean rounded(double exact, double written) {
        return Math.abs(exact - written) <= 1e-14 * Math.abs(exact);
    }

    /**
     * What the page opens: the link's setup trained by the file's settings, holding the file's
     * weights at its epoch, paused. The notices of reading the link are added to {@code notices}.
     *
     * @throws JsonError when the file has no link, or the link's network is not the file's
     */
    public LinkState toLinkState(List<String> notices) {
        if (link.isEmpty()) {
            throw new JsonError("The model file has no link, so the page does not know its data; "
                    + "it can still be used from the JavaScript API and the other exports.");
        }
        List<String> linkNotices = new ArrayList<>();
        LinkCodec.Decoded decoded = LinkCodec.decode(link);
        linkNotices.addAll(decoded.notices());
        PlaygroundState state;
        try {
            state = decoded.link().state().withTraining(exactRates(training, decoded.link().state().training()));
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's training settings do not fit its link: " + e.getMessage());
        }
        if (!state.networkSpec().architecture().equals(network.architecture())) {
            throw new JsonError("The model file's layers are not the network its link describes"
                    + " (the file was changed by hand?); the page cannot open it.");
        }
        if (!state.features().equals(features) && features != null) {
            throw new JsonError("The model file's input features are not the ones its link chooses.");
        }
        double[] weights = network.parameterBuffer();
        network.copyParametersTo(weights);
        notices.addAll(linkNotices);
        notices.addAll(this.notices);
        LinkState l = decoded.link();
        return new LinkState(state, l.preset(), l.discretize(), l.showTest(), l.stopEpoch(), weights, epoch,
                l.hiddenControls(), l.logScale(), l.stopLoss(), l.speed());
    }
}
