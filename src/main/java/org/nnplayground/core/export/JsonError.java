package org.nnplayground.core.export;

/**
 * A file that is not the JSON it should be: broken syntax (with the line and column where it went
 * wrong) or a value that does not fit the schema (with the path of the value, e.g.
 * {@code layers[1].weights}). The message is written for the person who opened the file.
 */
public final class JsonError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JsonError(String message) {
        super(message);
    }
}
