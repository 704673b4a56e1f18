package org.nnplayground.core.link;

import java.util.List;
import java.util.function.Function;

/**
 * One row of the link's table of settings: the key, the codec that writes and reads the value
 * (with its limits) and where the value sits in a {@link LinkState}. A link without the key keeps
 * that value from the state the link starts from (its preset's, else the default preset's), so
 * {@link #valueIn} is also the setting's default. A row can be written only along with another one
 * (the weights' epoch only with the weights). Compared by identity: each row is one setting.
 *
 * @param <T> the setting's value
 */
final class LinkField<T> {
    private final String key;
    private final FieldCodec<T> codec;
    private final Function<LinkState, T> value;
    private final LinkField<?> onlyWith;

    private LinkField(String key, FieldCodec<T> codec, Function<LinkState, T> value, LinkField<?> onlyWith) {
        if (key == null || key.isEmpty() || codec == null || value == null) {
            throw new IllegalArgumentException("a link field needs a key, a codec and where its value is");
        }
        this.key = key;
        this.codec = codec;
        this.value = value;
        this.onlyWith = onlyWith;
    }

    /** The setting {@code key}, written and read by {@code codec}, with {@code value} giving it from a link. */
    static <T> LinkField<T> of(String key, FieldCodec<T> codec, Function<LinkState, T> value) {
        return new LinkField<>(key, codec, value, null);
    }

    /** The same setting, written only when {@code other} is (a null value is not written). */
    LinkField<T> onlyWith(LinkField<?> other) {
        return new LinkField<>(key, codec, value, other);
    }

    String key() {
        return key;
    }

    /** The setting's value in {@code link}; null where the link has none (it is then not written). */
    T valueIn(LinkState link) {
        return value.apply(link);
    }

    /** The text this setting writes for {@code link}, before percent-encoding; null when it is not written. */
    String write(LinkState link) {
        if (onlyWith != null && onlyWith.valueIn(link) == null) {
            return null;
        }
        T v = valueIn(link);
        return v == null ? null : text(v);
    }

    /** The text of a value, before percent-encoding. */
    String text(T v) {
        return codec.write(v);
    }

    /**
     * The value {@code text} stands for, cut to the setting's limits (with a notice).
     *
     * @throws IllegalArgumentException with the notice, for text that gives no value
     */
    T read(String text, List<String> notices) {
        return codec.read(key, text, notices);
    }

    @Override
    public String toString() {
        return key;
    }
}
