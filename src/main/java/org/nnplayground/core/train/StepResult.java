package org.nnplayground.core.train;

/**
 * Where training stands after a call: completed epochs, samples processed since the start, train and
 * test metrics, and the divergence that stopped it, if any (null otherwise).
 */
public record StepResult(int epoch, long sampleUpdates, Metrics train, Metrics test, Divergence divergence) {
    public boolean diverged() {
        return divergence != null;
    }
}
