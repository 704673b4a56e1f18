package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.train.TrainingConfig;

/**
 * A model file read back by {@link ModelReader}: the network with its weights, its input features
 * (and, for a table, the headers of its input columns), the training settings, the epoch, the link
 * and what the reader noticed (keys it ignored).
 *
 * @param network the network, with the file's weights
 * @param features the input features, null when the network takes its raw inputs as they are (the
 *                 single x of 1-D data, or the {@code network.width(0)} inputs of a table of more than two)
 * @param columns the headers of a table's input columns, one per raw input; empty for other data
 * @param training the training settings (with the output's loss)
 * @param epoch the epochs the weights were trained for
 * @param link the link fragment to the setup, "" when the file has none
 * @param notices what the reader ignored
 */
public record ImportedModel(Network network, FeatureSet features, List<String> columns, TrainingConfig training, int epoch,
                            String link, List<String> notices) {
    public ImportedModel {
        columns = List.copyOf(columns);
        notices = List.copyOf(notices);
    }

    /** Whether the network takes more than two inputs, which only a table (kept in the page, never in a link) gives. */
    public boolean needsTable() {
        return network.width(0) > 2;
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

    /** {@link #toLinkState(List, OwnTable)} without a table loaded. */
    public LinkState toLinkState(List<String> notices) {
        return toLinkState(notices, null);
    }

    /**
     * What the page opens: the link's setup trained by the file's settings, holding the file's
     * weights at its epoch, paused. A link keeps no table, so the file of a table opens onto
     * {@code loaded}, the table loaded in the page now, when its input columns have the file's
     * headers; otherwise a file of one or two inputs opens onto the link's default data, and one
     * of more inputs is refused. The notices of reading the link are added to {@code notices}.
     *
     * @param loaded the table loaded in the page now, or null
     * @throws JsonError when the file has no link, the link's network is not the file's, or the
     *                   file's table of more than two inputs is not loaded
     */
    public LinkState toLinkState(List<String> notices, OwnTable loaded) {
        if (link.isEmpty()) {
            throw new JsonError("The model file has no link, so the page does not know its data; "
                    + "it can still be used from the JavaScript API and the other exports.");
        }
        boolean onTable = loaded != null && !columns.isEmpty() && loaded.inputNames().equals(columns);
        if (needsTable() && !onTable) {
            throw new JsonError("The model file's network takes the " + network.width(0) + " input columns of a table"
                    + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")") + ", and a table stays in the page"
                    + " that loaded it: load that table with the same input columns, then open the file again.");
        }
        List<String> linkNotices = new ArrayList<>();
        LinkCodec.Decoded decoded = LinkCodec.decode(link);
        PlaygroundState state;
        try {
            state = decoded.link().state().withTraining(exactRates(training, decoded.link().state().training()));
            if (onTable) {
                state = state.withData(state.data().withTable(loaded));
            }
        } catch (IllegalArgumentException e) {
            throw new JsonError("The model file's training settings do not fit its link: " + e.getMessage());
        }
        for (String n : decoded.notices()) {
            if (!(onTable && n.startsWith(LinkCodec.TABLE_NOTICE))) {
                linkNotices.add(n);
            }
        }
        if (onTable) {
            linkNotices.add("The model file's data is a table, opened onto the one loaded now (" + String.join(", ", columns) + ").");
        }
        if (!state.networkSpec().architecture().equals(network.architecture())) {
            throw new JsonError("The model file's layers are not the network its link describes"
                    + " (the file was changed by hand?); the page cannot open it.");
        }
        if (features != null && !state.features().equals(features)) {
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
