/**
 * Taking a trained network away: the model as JSON (and reading it back), a TensorFlow.js layers
 * model, a NumPy script, the network written out as a formula and the data as CSV. Each writer
 * is a pure function of a {@link org.nnplayground.core.export.ModelSnapshot}; the browser layer only
 * offers the results as downloads and through the JavaScript API. Sits on top of the core: it uses
 * the link format (the model file carries the link) and everything below it.
 */
package org.nnplayground.core.export;
