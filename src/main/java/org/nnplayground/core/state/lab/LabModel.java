package org.nnplayground.core.state.lab;

import org.nnplayground.core.nn.Architecture;
import org.nnplayground.core.nn.Loss;

/**
 * What a sequence or image run trains: its data and its network. Changing it needs a new network
 * from epoch 0; the rest of a {@link LabState} (the training configuration) does not. Immutable, and
 * valid once made: {@link #architecture()} builds.
 */
public sealed interface LabModel permits SequenceModel, ImageModel {
    /** The network's layers on this data's input shape, with the head's activation. */
    Architecture architecture();

    /** The loss the head fits. */
    Loss loss();

    /** The data, generated from the seed. */
    LabSets generate();

    /** The seed of the data and of the initial weights. */
    long seed();

    /** The same model on data of another seed. */
    LabModel withSeed(long value);

    /** The problem's id, as the link and the problem menu name it. */
    String problemId();
}
