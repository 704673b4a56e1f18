package org.nnplayground.core.link;

import java.util.Arrays;
import java.util.List;
import org.nnplayground.core.state.PlaygroundState;

/**
 * Everything a link carries: the playground's state, the preset it came from (empty for none), what
 * the output view shows, the epoch to stop at (0 for none) and, optionally, trained weights with the
 * epoch they were taken at, and the controls an embedding hides; and how the run goes on: the loss
 * chart's log scale, the training loss to stop at (0 for none) and the speed (see {@link LinkSpeed}).
 * Immutable.
 *
 * <p>{@code weights} hold every weight and bias layer by layer, in the order of
 * {@code Network.copyParametersTo}; null for none.
 */
public record LinkState(PlaygroundState state, String preset, boolean discretize, boolean showTest, int stopEpoch,
                        double[] weights, int weightsEpoch, List<String> hidden, boolean logScale, double stopLoss,
                        String speed) {

    public LinkState {
        preset = preset == null ? "" : preset;
        weights = weights == null ? null : weights.clone();
        hidden = Controls.normalise(hidden);
        speed = speed == null ? LinkSpeed.DEFAULT : speed;
        if (!LinkSpeed.known(speed)) {
            throw new IllegalArgumentException("unknown speed '" + LinkCodec.shown(speed) + "'");
        }
        if (!(stopLoss >= 0 && stopLoss - stopLoss == 0)) {
            throw new IllegalArgumentException("the loss to stop at must be 0 (none) or a positive number, was " + stopLoss);
        }
    }

    /** A link without the run options: linear loss axis, no loss to stop at, the default speed. */
    public LinkState(PlaygroundState state, String preset, boolean discretize, boolean showTest, int stopEpoch,
                     double[] weights, int weightsEpoch, List<String> hidden) {
        this(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hidden, false, 0, LinkSpeed.DEFAULT);
    }

    /** A link to this state alone: no preset, default view, no stop, no weights. */
    public static LinkState of(PlaygroundState state) {
        return new LinkState(state, "", false, false, 0, null, 0, List.of());
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    public boolean hasWeights() {
        return weights != null;
    }

    public LinkState withState(PlaygroundState value) {
        return new LinkState(value, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hidden, logScale,
                stopLoss, speed);
    }

    public LinkState withPreset(String value) {
        return new LinkState(state, value, discretize, showTest, stopEpoch, weights, weightsEpoch, hidden, logScale,
                stopLoss, speed);
    }

    public LinkState withView(boolean discretizeOutput, boolean showTestData) {
        return new LinkState(state, preset, discretizeOutput, showTestData, stopEpoch, weights, weightsEpoch, hidden,
                logScale, stopLoss, speed);
    }

    public LinkState withStopEpoch(int value) {
        return new LinkState(state, preset, discretize, showTest, value, weights, weightsEpoch, hidden, logScale,
                stopLoss, speed);
    }

    public LinkState withWeights(double[] values, int epoch) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, values, epoch, hidden, logScale, stopLoss,
                speed);
    }

    /** The same link with these controls hidden (see {@link Controls}). */
    public LinkState withHidden(List<String> controls) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, controls, logScale,
                stopLoss, speed);
    }

    /** The same link with the loss chart on a log axis or not. */
    public LinkState withLogScale(boolean on) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hidden, on,
                stopLoss, speed);
    }

    /** The same link stopping at training loss {@code value} (0 for none). */
    public LinkState withStopLoss(double value) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hidden, logScale,
                value, speed);
    }

    /** The same link at speed {@code id} (see {@link LinkSpeed}). */
    public LinkState withSpeed(String id) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hidden, logScale,
                stopLoss, id);
    }

    /** Whether the control or section {@code id} is hidden (see {@link Controls}). */
    public boolean hides(String id) {
        return hidden.contains(id);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LinkState)) {
            return false;
        }
        LinkState other = (LinkState) o;
        return state.equals(other.state) && preset.equals(other.preset) && discretize == other.discretize
                && showTest == other.showTest && stopEpoch == other.stopEpoch && weightsEpoch == other.weightsEpoch
                && Arrays.equals(weights, other.weights) && hidden.equals(other.hidden) && logScale == other.logScale
                && Double.doubleToLongBits(stopLoss) == Double.doubleToLongBits(other.stopLoss)
                && speed.equals(other.speed);
    }

    @Override
    public int hashCode() {
        return state.hashCode() * 31 + Arrays.hashCode(weights) + preset.hashCode();
    }
}
