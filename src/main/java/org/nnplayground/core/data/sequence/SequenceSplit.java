package org.nnplayground.core.data.sequence;

/**
 * Sequences divided into those the network trains on and those it is tested on; {@code test} is
 * empty when the training fraction is 1.
 */
public record SequenceSplit(SequenceData train, SequenceData test) {
    public SequenceSplit {
        if (train == null || test == null) {
            throw new IllegalArgumentException("train and test must not be null (test may be empty)");
        }
    }

    /**
     * The first {@code round(count * trainFraction)} sequences of {@code all} for training (at least
     * one), the rest for testing. The generators draw every sequence independently, so the first ones
     * are as random a choice as any.
     *
     * @throws IllegalArgumentException when the fraction is not in (0, 1] or there are no sequences
     */
    public static SequenceSplit of(SequenceData all, double trainFraction) {
        if (!(trainFraction > 0.0 && trainFraction <= 1.0)) {
            throw new IllegalArgumentException("training share: " + trainFraction + " is not allowed; use more than 0 and at most 1");
        }
        if (all.count() < 1) {
            throw new IllegalArgumentException("sequences: at least 1 is needed");
        }
        int n = (int) Math.max(1, Math.min(all.count(), Math.round(all.count() * trainFraction)));
        return new SequenceSplit(all.slice(0, n), all.slice(n, all.count()));
    }
}
