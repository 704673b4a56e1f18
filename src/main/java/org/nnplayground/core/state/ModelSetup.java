package org.nnplayground.core.state;

import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;

/**
 * What a run trains: the data, the input features (a table of more than two inputs gives the
 * network every input instead), the hidden layers (widths and activations), the
 * output activation, skip connections, the initial weights' scheme and the loss. Changing any of
 * these needs a new network from epoch 0; changing only the rest of the {@code TrainingConfig}
 * (optimizer, rates, batch size, ...) goes on with the weights as they are. The loss is here because
 * it fits only some outputs (a cross-entropy needs its own output activation), so a network and a
 * loss are built and checked together. Immutable; the constructor rejects a network that cannot be
 * built or a loss that does not fit the output.
 */
public record ModelSetup(DataSpec data, FeatureSet features, List<Integer> hiddenSizes,
                         List<Activation> hiddenActivations, Activation outputActivation, boolean skip, Init init,
                         Loss loss) {

    public ModelSetup {
        hiddenSizes = List.copyOf(hiddenSizes);
        hiddenActivations = List.copyOf(hiddenActivations);
        networkSpecFor(data, features, hiddenSizes, hiddenActivations, outputActivation, skip, init); // validates
        new OutputHead(outputActivation, loss).check();
    }

    /** The network this setup trains. */
    public NetworkSpec networkSpec() {
        return networkSpecFor(data, features, hiddenSizes, hiddenActivations, outputActivation, skip, init);
    }

    private static NetworkSpec networkSpecFor(DataSpec data, FeatureSet features, List<Integer> hiddenSizes,
                                              List<Activation> hiddenActivations, Activation output, boolean skip,
                                              Init init) {
        ProblemType problem = data.kind().problem();
        int inputs = problem.inputDimension() == 1 ? 1
                : data.table() != null && data.table().inputCount() > 2 ? data.table().inputCount() : features.count();
        int classes = data.kind().classCount(data.classes());
        int outputs = problem == ProblemType.MULTICLASS || (problem == ProblemType.CLASSIFICATION && output == Activation.SOFTMAX)
                ? classes : 1;
        return new NetworkSpec(inputs, hiddenSizes, hiddenActivations, outputs, output, skip, init);
    }
}
