package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.lab.LabState;
import org.nnplayground.core.train.TrainingConfig;

/**
 * A sequence or image model file read back by {@link LabModelReader}: the network with the file's
 * weights, those weights in {@link Network#copyParametersTo} order, the training settings, the epoch,
 * the problem, the link and what the reader noticed (keys it ignored).
 *
 * @param network the network, with the file's weights
 * @param weights its parameters, in the order a trainer restores them
 * @param training the training settings (with the output's loss)
 * @param epoch the epochs the weights were trained for
 * @param link the link fragment to the setup, "" when the file has none
 * @param problem the problem's id as the file names it
 * @param notices what the reader ignored
 */
public record ImportedLab(Network network, double[] weights, TrainingConfig training, int epoch, String link, String problem,
                          List<String> notices) {
    public ImportedLab {
        notices = List.copyOf(notices);
    }

    /**
     * What the page opens: the link's run (a {@link LabState} trained by the file's settings) and
     * the weights to restore into its trainer at {@link #epoch}; with the notices of reading the link
     * and the file.
     *
     * @param decoded the link's run, its training settings the file's
     * @param weights the parameters for {@code Trainer.restore}
     * @param epoch the epoch they were reached at
     */
    public record Opened(LabLinks.Decoded decoded, double[] weights, int epoch) {
    }

    /**
     * The run the page opens.
     *
     * @throws JsonError when the file has no link, or the link's network is not the file's
     */
    public Opened open() {
        if (link.isEmpty()) {
            throw new JsonError("The model file has no link, so the page does not know its data; "
                    + "its network can still be used with the other exports.");
        }
        LabLinks.Decoded decoded = LabLinks.decode(link);
        LabState state;
        try {
            state = decoded.state().withTraining(ImportedModel.exactRates(training, decoded.state().training()));
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's training settings do not fit its link: " + e.getMessage());
        }
        if (!state.model().architecture().equals(network.architecture())) {
            throw new JsonError("The model file's layers are not the network its link describes"
                    + " (the file was changed by hand?); the page cannot open it.");
        }
        List<String> all = new ArrayList<>(decoded.notices());
        all.addAll(notices);
        return new Opened(new LabLinks.Decoded(state, decoded.speed(), decoded.selected(), decoded.temperature(),
                decoded.lesson(), all),
                weights.clone(), epoch);
    }
}
