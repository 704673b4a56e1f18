/**
 * Painters of the sequence and image playground's views: pure drawing through
 * {@link org.nnplayground.core.view.DrawSurface} in the colours of its
 * {@link org.nnplayground.core.view.Palette}, with the layouts and hit tests the page needs to size a
 * canvas and answer a pointer or a key, so that the JVM tests see what a canvas would. The image and
 * text painters take plain values (images, layers, counts). The sequence painters read one sequence
 * through the network as the state traces it ({@link org.nnplayground.core.state.lab.SequenceTrace}),
 * so this package sits above the state (LayeringTest): {@link org.nnplayground.core.view.lab.UnrolledPainter}
 * (the hidden state or a gate as a units x time heatmap), {@link org.nnplayground.core.view.lab.SequenceCurvePainter}
 * (target and prediction over the steps, and a free-running continuation),
 * {@link org.nnplayground.core.view.lab.GradientTimePainter} (the length of dLoss/dh_t per step on a
 * log axis) and {@link org.nnplayground.core.view.lab.CellDiagramPainter} (the recurrent layers as
 * cells with their loops).
 */
package org.nnplayground.core.view.lab;
