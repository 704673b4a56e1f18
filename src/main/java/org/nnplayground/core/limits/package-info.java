/**
 * The sizes the playground accepts and the sentences for a value that was cut to them. The network,
 * the data sets, the training settings, the state and the link all check against these same numbers,
 * so they live below all of them; this package uses nothing above {@code core.text}.
 */
package org.nnplayground.core.limits;
