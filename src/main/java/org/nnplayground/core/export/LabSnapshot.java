package org.nnplayground.core.export;

import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.lab.ImageModel;
import org.nnplayground.core.state.lab.LabModel;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.SequenceModel;
import org.nnplayground.core.train.TrainingConfig;

/**
 * What the exporters of a sequence or image run write: its network with the current weights (read,
 * never changed), the training settings, the epoch the weights were reached at, the link to the
 * setup (a fragment without '#') and the model it was built from, which names the problem and the
 * meaning of the inputs (null for a network built by hand, as the tests do for layer kinds the page
 * does not build).
 *
 * @param network the trained network, live
 * @param training the training settings
 * @param epoch the epochs the weights were trained for
 * @param link the link fragment to the setup, "" for none
 * @param model what the network was built for, or null
 */
public record LabSnapshot(Network network, TrainingConfig training, int epoch, String link, LabModel model) {
    public LabSnapshot {
        if (network == null || training == null) {
            throw new IllegalArgumentException("a snapshot needs a network and its training settings");
        }
        link = link == null ? "" : link;
    }

    /** The session's run as it stands, with {@code link} (the page's link of it). */
    public static LabSnapshot of(LabSession session, String link) {
        return new LabSnapshot(session.trainer().network(), session.state().training(), session.last().epoch(), link,
                session.state().model());
    }

    /** The problem's id, "" for a network without a model. */
    public String problem() {
        return model == null ? "" : model.problemId();
    }

    /** What one input holds, in words, for the files' readers. */
    public String inputMeaning() {
        if (model instanceof ImageModel) {
            return "one image: channels x height x width, row by row, pixel values as the page draws them";
        }
        if (model instanceof SequenceModel s) {
            if (!s.data().problem().isText()) {
                return "one sequence: steps x features, the numbers of each step";
            }
            return s.indexInputs() ? "one text: steps x 1, each step a character's index in the vocabulary"
                    : "one text: steps x vocabulary, each step a character one-hot";
        }
        return network.architecture().input().rank() == 3 ? "channels x height x width" : "steps x features";
    }

    /** The characters of a text model's vocabulary in index order, "" for other models. */
    public String vocabulary() {
        if (model instanceof SequenceModel s && s.data().problem().isText()) {
            return s.vocabulary().toString();
        }
        return "";
    }
}
