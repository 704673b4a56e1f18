package org.nnplayground.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.train.TrainingConfig;

/** Invalid configurations are rejected with a message that says what is wrong and what is allowed. */
class ValidationTest {
    private static void rejects(String message, Executable build) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, build).getMessage());
    }

    @Test
    void networkShapes() {
        rejects("hidden layer 1: 0 neurons; allowed are 1 to 256",
                () -> NetworkSpec.of(2, new int[] {0}, Activation.TANH, 1, Activation.TANH));
        rejects("inputs: 0 neurons; allowed are 1 to 256",
                () -> NetworkSpec.of(0, new int[] {}, Activation.TANH, 1, Activation.TANH));
        rejects("hidden layer 2: 257 neurons; allowed are 1 to 256",
                () -> NetworkSpec.of(2, new int[] {3, 257}, Activation.TANH, 1, Activation.TANH));
        rejects("hidden layers: 17 is too many; allowed are 0 to 16",
                () -> NetworkSpec.of(2, new int[17], Activation.TANH, 1, Activation.TANH));
        rejects("hidden layer 1: activation SOFTMAX is not allowed; softmax is for the output layer only",
                () -> NetworkSpec.of(2, new int[] {3}, Activation.SOFTMAX, 1, Activation.TANH));
        rejects("output activation: softmax needs at least 2 outputs, got 1",
                () -> NetworkSpec.of(2, new int[] {3}, Activation.TANH, 1, Activation.SOFTMAX));
    }

    @Test
    void trainingSettings() {
        rejects("learning rate: -0.1 is not allowed; use a number greater than 0 and at most 10.0",
                () -> TrainingConfig.of(Loss.SQUARED_ERROR, -0.1, 1));
        rejects("learning rate: NaN is not allowed; use a number greater than 0 and at most 10.0",
                () -> TrainingConfig.of(Loss.SQUARED_ERROR, Double.NaN, 1));
        rejects("learning rate: 0.0 is not allowed; use a number greater than 0 and at most 10.0",
                () -> TrainingConfig.of(Loss.SQUARED_ERROR, 0.0, 1));
        rejects("batch size: 0 is not allowed; use 1 to 10000",
                () -> TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 0));
        rejects("regularization rate: Infinity is not allowed; use 0 to 10.0",
                () -> TrainingConfig.of(Loss.SQUARED_ERROR, 0.1, 1)
                        .withRegularization(org.nnplayground.core.train.Regularization.L2, Double.POSITIVE_INFINITY));
    }
}
