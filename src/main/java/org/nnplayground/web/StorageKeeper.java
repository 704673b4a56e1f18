package org.nnplayground.web;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Keeps one record of what the reader made in the browser's own storage, under one key, so that a
 * reload or a closed tab loses nothing, and offers it back when the page opens again. While that
 * offer waits for an answer nothing is written, so that what was kept is not overwritten before the
 * reader chose. Storage that is full or refused is said in words ({@link #problem()}); the page goes
 * on without it. A keeper that is not enabled (an embedded playground: someone else's page, several
 * per page) reads and writes nothing.
 *
 * <p>What the record is, and what the page says about it, come from outside ({@link Codec},
 * {@link Words}); {@link OwnDataKeeper} and {@link LabDataKeeper} make the keepers of the two pages.
 *
 * @param <T> the kept record, immutable, with {@code equals} by value
 */
final class StorageKeeper<T> {
    /** How a record becomes text and back ({@code read} throws IllegalArgumentException saying what is damaged), and whether it holds nothing. */
    record Codec<T>(Function<T, String> write, Function<String, T> read, Predicate<T> isEmpty) {
    }

    /**
     * What the page says when storage is full, when it is refused, and when what it held could not
     * be read ({@code unreadable} turns the reason into the sentence).
     */
    record Words(String full, String refused, UnaryOperator<String> unreadable) {
    }

    private final boolean enabled;
    private final String key;
    private final Codec<T> codec;
    private final Words words;
    /** What storage held when the keeper was made, read; null when there was nothing readable. */
    private final T found;
    private T kept;
    private T offered;
    private String problem;
    /** Whether storage holds the reader's data now (read at the start, or written since). */
    private boolean stored;

    /** A keeper that reads what is kept under {@code key} (when {@code enabled}); {@code nothing} is kept until {@link #start}. */
    StorageKeeper(boolean enabled, String key, T nothing, Codec<T> codec, Words words) {
        this.enabled = enabled;
        this.key = key;
        this.codec = codec;
        this.words = words;
        this.kept = nothing;
        T read = null;
        if (enabled) {
            String text = BrowserStorage.read(key);
            if (BrowserStorage.REFUSED.equals(text)) {
                problem = words.refused();
            } else if (text != null) {
                try {
                    read = codec.read().apply(text);
                    stored = !codec.isEmpty().test(read);
                } catch (IllegalArgumentException e) {
                    problem = words.unreadable().apply(e.getMessage());
                }
            }
        }
        found = read;
    }

    /** What storage held when the keeper was made, or null (nothing there, unreadable, refused, or not enabled). */
    T found() {
        return found;
    }

    /**
     * Starts from what was found: {@code offer} (or null) waits for the reader's answer, and
     * {@code keptNow} is what counts as kept meanwhile (the next {@link #keep} after the answer
     * writes only when what it is given differs from it).
     */
    void start(T offer, T keptNow) {
        offered = offer;
        kept = keptNow;
    }

    /** What waits to be restored, or null. */
    T offered() {
        return offered;
    }

    /** What storage could not do, in words, or null. */
    String problem() {
        return problem;
    }

    /** What is kept now (or would be, were storage working). */
    T kept() {
        return kept;
    }

    /** Whether anything of the reader's is in storage now. */
    boolean holdsSomething() {
        return enabled && stored;
    }

    /** Keeps {@code data} from now on (nothing while an offer waits, or when not enabled); says so when storage failed. */
    void keep(T data) {
        if (!enabled || offered != null || data.equals(kept)) {
            return;
        }
        kept = data;
        boolean empty = codec.isEmpty().test(data);
        String answer = empty ? (BrowserStorage.remove(key) ? "" : BrowserStorage.REFUSED_WRITE)
                : BrowserStorage.write(key, codec.write().apply(data));
        stored = answer.isEmpty() ? !empty : stored; // a failed write leaves what was there
        problem = answer.isEmpty() ? null : BrowserStorage.FULL.equals(answer) ? words.full() : words.refused();
    }

    /** The offer was answered; {@code inUse} is what counts as kept from now on. */
    void answered(T inUse) {
        offered = null;
        kept = inUse;
    }

    /** Deletes what is kept; {@code current} (what is in use now) is not written again until it changes. */
    void forget(T current) {
        offered = null;
        kept = current;
        if (enabled) {
            problem = BrowserStorage.remove(key) ? null : words.refused();
        }
        stored = false;
    }
}
