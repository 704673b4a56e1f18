package org.nnplayground.core.link;

import java.util.List;

/**
 * How one link setting is written and read: {@link #write} gives its text, {@link #read} gives the
 * value back. Reading keeps what it can: a value outside the setting's limits is cut to them and a
 * notice says so; a value it cannot use at all throws, and the decoder keeps the setting as it was.
 *
 * @param <T> the setting's value
 */
interface FieldCodec<T> {
    /** The text for {@code value}, before percent-encoding. */
    String write(T value);

    /**
     * The value {@code text} stands for under {@code key}; notices for what was cut go to {@code notices}.
     *
     * @throws IllegalArgumentException with the notice, for text that gives no value
     */
    T read(String key, String text, List<String> notices);
}
