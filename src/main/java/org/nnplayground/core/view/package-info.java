/**
 * The playground's views, painted through {@link org.nnplayground.core.view.DrawSurface}:
 * {@link org.nnplayground.core.view.NetworkGraphPainter} (the network with per-neuron thumbnails,
 * hover and editing), {@link org.nnplayground.core.view.OutputPainter} (the prediction over the input
 * space with the data) and {@link org.nnplayground.core.view.LossChartPainter} (loss over epochs).
 *
 * <p>How a page wires them. Once per dataset, feature set or network shape: a
 * {@link org.nnplayground.core.view.ViewGrid} and a {@link org.nnplayground.core.nn.GridEvaluator} per
 * view (a fine grid for the output, e.g. 64, a coarse one for the node thumbnails, e.g. 16), and
 * {@code grid.writeInputs(features, evaluator)}: evaluating never overwrites the inputs. Each frame:
 * {@code evaluator.evaluate(network, grid.points())} for both, then each painter's {@code paint(...)}
 * with the surface, whose width, height (CSS pixels) and {@link org.nnplayground.core.view.Palette}
 * (the colour scheme shown) the painters read every time. Painters keep
 * their buffers between frames, so keep one painter per canvas. Pointer positions go to
 * {@link org.nnplayground.core.view.NetworkGraphPainter#hitTest} and
 * {@link org.nnplayground.core.view.LossChartPainter#readoutAt} (or as {@code hoverX} into the next
 * loss paint); an edit goes through the session ({@code core.state.Session#setWeight}, {@code #setBias}).
 * Numbers are written by {@link org.nnplayground.core.text.NumberFormat}, never by String.format.
 *
 * <p>The lessons' teaching views work the same way, each with a bounded recorder the page feeds after
 * training steps and a painter it calls every frame.
 * {@link org.nnplayground.core.view.LandscapePainter}: after each step
 * {@code path.record(w, b)} on a {@link org.nnplayground.core.view.PathRecorder}, then
 * {@code paint(surface, landscape, path.weights(), path.biases(), path.size(), w, b)}.
 * {@link org.nnplayground.core.view.GradientFlowPainter}: every few epochs
 * {@code history.record(epoch, gradientFlow.measure(...))} on a
 * {@link org.nnplayground.core.view.GradientHistory}, then {@code paint(surface, history)}.
 * {@link org.nnplayground.core.view.CompareChartPainter}: one {@link org.nnplayground.core.train.LossHistory}
 * per variant, then {@code paint(surface, histories, names, diverged, logScale)}.
 */
package org.nnplayground.core.view;
