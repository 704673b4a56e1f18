/**
 * Reading a table a person pastes or drops: CSV or TSV text into rows of cells, with the header,
 * the separator and the quoting worked out, and every problem named by its line.
 *
 * <p>The reader's work is bounded by its limits before it starts (length, columns, rows), so a huge,
 * binary or hostile text gets a message quickly instead of a hang.
 */
package org.nnplayground.core.table;
