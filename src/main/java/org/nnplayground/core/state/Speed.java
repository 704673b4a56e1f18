package org.nnplayground.core.state;

import java.util.List;

/**
 * How fast a playing session trains: {@code count} batches or epochs every {@code everyFrames}
 * animation frames. From 1 batch every 30 frames (slow enough to read each step of the step
 * inspector) to 1,000 epochs per frame. A speed only spreads the same batches over time: where a
 * run stands after N batches never depends on it, so a link replays the same bits at any speed.
 *
 * <p>The speeds are whole batches, never single samples: a batch is the smallest step the weights
 * take (with batch size 1 a batch is one sample). The forms allowed are N epochs per frame
 * (1..{@link #MAX_EPOCHS_PER_FRAME}), 1 epoch every N frames and 1 batch every N frames
 * (N up to {@link #MAX_FRAMES}). Each has an id, the form links and the speed menu use:
 * {@code "5"} (5 epochs / frame), {@code "epoch10"} (1 epoch / 10 frames), {@code "batch"}
 * (1 batch / frame), {@code "batch10"} (1 batch / 10 frames).
 */
public record Speed(Unit unit, int count, int everyFrames) {
    /** Epochs per frame, at most. */
    public static final int MAX_EPOCHS_PER_FRAME = 1000;
    /** Frames between two steps, at most (about ten seconds at 60 frames per second). */
    public static final int MAX_FRAMES = 600;

    /** What one step of training is. */
    public enum Unit { BATCH, EPOCH }

    /** One epoch per frame: the page's usual speed. */
    public static final Speed DEFAULT = epochsPerFrame(1);

    private static final List<Speed> MENU = List.of(batchEvery(30), batchEvery(10), batchEvery(1), epochEvery(10),
            epochsPerFrame(1), epochsPerFrame(2), epochsPerFrame(5), epochsPerFrame(10), epochsPerFrame(20),
            epochsPerFrame(50), epochsPerFrame(100), epochsPerFrame(200), epochsPerFrame(500), epochsPerFrame(1000));

    public Speed {
        if (unit == null) {
            throw new IllegalArgumentException("a speed needs a unit");
        }
        boolean perFrame = unit == Unit.EPOCH && everyFrames == 1;
        if (perFrame ? count < 1 || count > MAX_EPOCHS_PER_FRAME
                : count != 1 || everyFrames < 1 || everyFrames > MAX_FRAMES) {
            throw new IllegalArgumentException("no such speed: " + count + " " + unit + " every " + everyFrames + " frames");
        }
    }

    /** {@code n} epochs every frame, cut to 1..{@link #MAX_EPOCHS_PER_FRAME}. */
    public static Speed epochsPerFrame(int n) {
        return new Speed(Unit.EPOCH, Math.max(1, Math.min(MAX_EPOCHS_PER_FRAME, n)), 1);
    }

    /** One batch every {@code frames} frames (1..{@link #MAX_FRAMES}). */
    public static Speed batchEvery(int frames) {
        return new Speed(Unit.BATCH, 1, frames);
    }

    /** One epoch every {@code frames} frames (1..{@link #MAX_FRAMES}). */
    public static Speed epochEvery(int frames) {
        return new Speed(Unit.EPOCH, 1, frames);
    }

    /** The speeds the menu offers, slowest first. */
    public static List<Speed> menu() {
        return MENU;
    }

    /** The speed with this id, or null when {@code id} names none. */
    public static Speed byId(String id) {
        if (id == null) {
            return null;
        }
        if (id.equals("batch")) {
            return batchEvery(1);
        }
        Unit unit = id.startsWith("batch") ? Unit.BATCH : id.startsWith("epoch") ? Unit.EPOCH : null;
        String digits = unit == null ? id : id.substring(5);
        if (digits.isEmpty() || digits.length() > 4 || (digits.charAt(0) == '0')) {
            return null;
        }
        int n = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            n = (c - '0') + n * 10;
        }
        if (unit == null) {
            return n <= MAX_EPOCHS_PER_FRAME ? epochsPerFrame(n) : null;
        }
        if (n > MAX_FRAMES || (unit == Unit.EPOCH && n < 2)) {
            return null; // "epoch1" is spelt "1"
        }
        return new Speed(unit, 1, n);
    }

    /** The id: see the class comment. */
    public String id() {
        if (unit == Unit.EPOCH && everyFrames == 1) {
            return Integer.toString(count);
        }
        String name = unit == Unit.BATCH ? "batch" : "epoch";
        return everyFrames == 1 ? name : name + everyFrames;
    }

    /** In words, for the menu: "1 batch / 10 frames", "5 epochs / frame". */
    public String label() {
        String what = unit == Unit.BATCH ? (count == 1 ? " batch" : " batches") : (count == 1 ? " epoch" : " epochs");
        return count + what + " / " + (everyFrames == 1 ? "frame" : everyFrames + " frames");
    }

    /** Whether this is slower than one epoch per frame: single steps can be followed by eye. */
    public boolean belowOneEpochPerFrame() {
        return unit == Unit.BATCH || everyFrames > 1;
    }
}
