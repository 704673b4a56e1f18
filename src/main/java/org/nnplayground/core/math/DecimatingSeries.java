package org.nnplayground.core.math;

/**
 * The bookkeeping of a series kept in bounded memory however long it grows: which slot a new point
 * goes to and which points to drop. Points arrive with increasing keys (an epoch, a step count). A
 * point is kept when its key is at least {@link #stride()} past the last kept one; when all
 * {@link #capacity()} slots are taken, every other kept point is dropped and the stride doubles,
 * so the kept points stay evenly spread over the whole series. The first point is never dropped,
 * and the latest point is always present: when it falls between strides it waits in one spare
 * slot (index {@link #stored()}) until a newer point replaces it.
 *
 * <p>The series holds no values itself: its owner keeps them in arrays of {@code capacity + 1} rows
 * and moves rows when told to ({@link Rows#move}), so each history keeps its own storage layout.
 */
public final class DecimatingSeries {
    /** Moves a stored row of values; called while the series thins itself, with {@code to < from}. */
    public interface Rows {
        void move(int from, int to);
    }

    private final int capacity;
    private final Rows rows;
    private int stored;
    private long stride = 1;
    private long lastKeptKey;
    private boolean pending;

    /** A series of at most {@code capacity} kept points (an even number, at least 2) plus the latest. */
    public DecimatingSeries(int capacity, Rows rows) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("A decimating series needs an even capacity of at least 2, not " + capacity);
        }
        this.capacity = capacity;
        this.rows = rows;
    }

    /**
     * Makes room for a point with {@code key} (newer than every earlier key) and returns the row to
     * write its values to: a kept row, or the spare row {@link #stored()} when the point falls
     * between strides.
     */
    public int slotFor(long key) {
        if (stored > 0 && key - lastKeptKey < stride) {
            pending = true;
            return stored;
        }
        if (stored == capacity) {
            halve();
        }
        lastKeptKey = key;
        pending = false;
        return stored++;
    }

    private void halve() {
        int kept = 0;
        for (int i = 0; i < stored; i += 2) {
            if (i != kept) {
                rows.move(i, kept);
            }
            kept++;
        }
        stored = kept;
        stride *= 2;
    }

    /** Forgets every point. */
    public void clear() {
        stored = 0;
        stride = 1;
        pending = false;
    }

    /** Points present: the kept ones plus the latest when it fell between strides. */
    public int size() {
        return stored + (pending ? 1 : 0);
    }

    /** Points kept (rows 0 to stored - 1); the latest may wait after them. */
    public int stored() {
        return stored;
    }

    /** Whether the latest point fell between strides and waits in row {@link #stored()}. */
    public boolean pending() {
        return pending;
    }

    /** Key distance between kept points: 1 until the first thinning, then 2, 4, ... */
    public long stride() {
        return stride;
    }

    /** Kept points at most, besides the latest. */
    public int capacity() {
        return capacity;
    }
}
