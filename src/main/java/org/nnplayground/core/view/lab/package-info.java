/**
 * Painters of the sequence and image playground's views: pure drawing through
 * {@link org.nnplayground.core.view.DrawSurface}, with the layouts and hit tests the page needs to
 * size a canvas and answer a pointer or a key. They take plain values (images, layers, counts), not
 * the run's state, so that they sit in the view layer.
 */
package org.nnplayground.core.view.lab;
