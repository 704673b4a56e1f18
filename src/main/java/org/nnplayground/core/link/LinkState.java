package org.nnplayground.core.link;

import java.util.Arrays;
import java.util.List;
import org.nnplayground.core.math.Doubles;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Preset;

/**
 * Everything a link carries: the playground's state, the preset it came from (empty for none), what
 * the output view shows, the epoch to stop at (0 for none) and, optionally, trained weights with the
 * epoch they were taken at, and the controls an embedding hides; and how the run goes on: the loss
 * chart's log scale, the training loss to stop at (0 for none) and the speed (see {@link LinkSpeed});
 * the colour scheme it asks for ({@link Theme}, never null); and how it presents itself ({@link Figure}:
 * layout, views, an author's title and caption). Immutable.
 *
 * <p>{@code weights} hold every weight and bias layer by layer, in the order of
 * {@code Network.copyParametersTo}; null for none.
 */
public record LinkState(PlaygroundState state, String preset, boolean discretize, boolean showTest, int stopEpoch,
                        double[] weights, int weightsEpoch, List<String> hiddenControls, boolean logScale, double stopLoss,
                        String speed, Theme theme, Figure figure) {

    public LinkState {
        theme = theme == null ? Theme.AUTO : theme;
        figure = figure == null ? Figure.NONE : figure;
        preset = preset == null ? "" : preset;
        weights = weights == null ? null : weights.clone();
        hiddenControls = Controls.normalise(hiddenControls);
        speed = speed == null ? LinkSpeed.DEFAULT : speed;
        if (!LinkSpeed.known(speed)) {
            throw new IllegalArgumentException("unknown speed '" + LinkText.shown(speed) + "'");
        }
        if (!(stopLoss >= 0 && Doubles.isFinite(stopLoss))) {
            throw new IllegalArgumentException("the loss to stop at must be 0 (none) or a positive number, was " + stopLoss);
        }
    }

    /** A link with the page's own presentation ({@link Figure#NONE}) that follows the reader's colour scheme. */
    public LinkState(PlaygroundState state, String preset, boolean discretize, boolean showTest, int stopEpoch,
                     double[] weights, int weightsEpoch, List<String> hiddenControls, boolean logScale, double stopLoss,
                     String speed) {
        this(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, logScale, stopLoss,
                speed, Theme.AUTO, Figure.NONE);
    }

    /** A link without the run options: linear loss axis, no loss to stop at, the default speed. */
    public LinkState(PlaygroundState state, String preset, boolean discretize, boolean showTest, int stopEpoch,
                     double[] weights, int weightsEpoch, List<String> hiddenControls) {
        this(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, false, 0,
                LinkSpeed.DEFAULT);
    }

    /** A link to this state alone: no preset, default view, no stop, no weights. */
    public static LinkState of(PlaygroundState state) {
        return new LinkState(state, "", false, false, 0, null, 0, List.of());
    }

    /** A link that opens {@code preset}: its state, its id and the speed it starts at. */
    public static LinkState ofPreset(Preset preset) {
        return of(preset.state()).withPreset(preset.id()).withSpeed(LinkSpeed.of(preset.speed()));
    }

    @Override
    public double[] weights() {
        return weights == null ? null : weights.clone();
    }

    public boolean hasWeights() {
        return weights != null;
    }

    public LinkState withPreset(String value) {
        return new LinkState(state, value, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, logScale,
                stopLoss, speed, theme, figure);
    }

    /** The same link of another setup (e.g. the one with the table a page has loaded, which links do not carry). */
    public LinkState withState(PlaygroundState value) {
        return new LinkState(value, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, logScale,
                stopLoss, speed, theme, figure);
    }

    public LinkState withWeights(double[] values, int epoch) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, values, epoch, hiddenControls, logScale, stopLoss,
                speed, theme, figure);
    }

    /** The same link with the loss chart on a log axis or not. */
    public LinkState withLogScale(boolean on) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, on,
                stopLoss, speed, theme, figure);
    }

    /** The same link stopping at training loss {@code value} (0 for none). */
    public LinkState withStopLoss(double value) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, logScale,
                value, speed, theme, figure);
    }

    /** The same link at speed {@code id} (see {@link LinkSpeed}). */
    public LinkState withSpeed(String id) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, logScale,
                stopLoss, id, theme, figure);
    }

    /** The same link presented as {@code value} says. */
    public LinkState withFigure(Figure value) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, logScale,
                stopLoss, speed, theme, value);
    }

    /** The same link asking for colour scheme {@code value} ({@link Theme#AUTO}: the reader's). */
    public LinkState withTheme(Theme value) {
        return new LinkState(state, preset, discretize, showTest, stopEpoch, weights, weightsEpoch, hiddenControls, logScale,
                stopLoss, speed, value, figure);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LinkState)) {
            return false;
        }
        LinkState other = (LinkState) o;
        return state.equals(other.state) && preset.equals(other.preset) && discretize == other.discretize
                && showTest == other.showTest && stopEpoch == other.stopEpoch && weightsEpoch == other.weightsEpoch
                && Arrays.equals(weights, other.weights) && hiddenControls.equals(other.hiddenControls) && logScale == other.logScale
                && Double.doubleToLongBits(stopLoss) == Double.doubleToLongBits(other.stopLoss)
                && speed.equals(other.speed) && theme == other.theme && figure.equals(other.figure);
    }

    @Override
    public int hashCode() {
        return state.hashCode() * 31 + Arrays.hashCode(weights) + preset.hashCode();
    }
}
