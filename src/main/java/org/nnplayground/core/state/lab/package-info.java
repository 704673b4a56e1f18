/**
 * The sequence and image problems of the playground: what a run of a recurrent or convolutional
 * network trains ({@link org.nnplayground.core.state.lab.LabState}), the live run
 * ({@link org.nnplayground.core.state.lab.LabSession}) and what its views read from it: a network's
 * states through time for one sequence, its gradients per time step, its feature maps for one image
 * and its confusion matrix. The points-in-the-plane playground is {@link org.nnplayground.core.state};
 * the two share the trainer, the optimizers and the loss history.
 */
package org.nnplayground.core.state.lab;
