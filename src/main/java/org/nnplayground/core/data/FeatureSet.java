package org.nnplayground.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered, non-empty set of {@link Feature}s: the network's input layer. Bit {@code f.ordinal()} of
 * {@link #mask()} is set when feature f is used; features are always in {@link Feature} declaration
 * order, so input neuron i is {@link #get(int) get(i)}.
 *
 * <p>Features apply to 2-D data only. 1-D data has a single input, x, whatever the set says
 * (see {@link #inputCount(FeatureSet, Dataset)}).
 */
public record FeatureSet(int mask) {
    private static final Feature[] ALL = Feature.values();
    private static final int ALL_MASK = (1 << ALL.length) - 1;

    /** Rejects an empty set and bits that name no feature. */
    public FeatureSet {
        if (mask == 0) {
            throw new IllegalArgumentException("a feature set must not be empty; use at least one of " + allIds());
        }
        if ((mask & ~ALL_MASK) != 0) {
            throw new IllegalArgumentException("feature mask may only use bits 0.." + (ALL.length - 1)
                    + " (one per feature), was " + mask);
        }
    }

    /** The set of the given features (duplicates are ignored); at least one is required. */
    public static FeatureSet of(Feature... features) {
        if (features == null) {
            throw new IllegalArgumentException("features must not be null");
        }
        int m = 0;
        for (Feature f : features) {
            if (f == null) {
                throw new IllegalArgumentException("features must not contain null");
            }
            m |= bit(f);
        }
        return new FeatureSet(m);
    }

    /** The default inputs: x1 and x2. */
    public static FeatureSet defaults() {
        return of(Feature.X1, Feature.X2);
    }

    /** Every feature. */
    public static FeatureSet all() {
        return new FeatureSet(ALL_MASK);
    }

    /** Number of features in the set. */
    public int count() {
        return Integer.bitCount(mask);
    }

    public boolean contains(Feature f) {
        return (mask & bit(f)) != 0;
    }

    /** The index-th feature of the set, in declaration order. */
    public Feature get(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("feature index must be between 0 and " + (count() - 1)
                    + ", was " + index);
        }
        int m = mask;
        for (int i = 0; i < index; i++) {
            m &= m - 1;
        }
        return ALL[Integer.numberOfTrailingZeros(m)];
    }

    /** A copy with {@code f} added ({@code on}) or removed; removing the last feature is rejected. */
    public FeatureSet with(Feature f, boolean on) {
        return new FeatureSet(on ? mask | bit(f) : mask & ~bit(f));
    }

    /** The features in order. */
    public List<Feature> features() {
        List<Feature> list = new ArrayList<>(count());
        for (int i = 0; i < count(); i++) {
            list.add(get(i));
        }
        return list;
    }

    /** The ids joined by commas, e.g. "x1,x2,x1sq"; {@link #parse(String)} reads it back. */
    public String ids() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(get(i).id());
        }
        return sb.toString();
    }

    /** Reads a comma-separated list of feature ids, as written by {@link #ids()}. */
    public static FeatureSet parse(String ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("a feature set must not be empty; use at least one of " + allIds());
        }
        int m = 0;
        int start = 0;
        while (start <= ids.length()) {
            int comma = ids.indexOf(',', start);
            int end = comma < 0 ? ids.length() : comma;
            String id = ids.substring(start, end);
            Feature f = Feature.byId(id);
            if (f == null) {
                throw new IllegalArgumentException("unknown feature id '" + id + "'; allowed: " + allIds());
            }
            m |= bit(f);
            start = end + 1;
        }
        return new FeatureSet(m);
    }

    /**
     * Number of network inputs per point: 1 for 1-D data, every input for data of more than two
     * (features apply to x1 and x2 alone), else {@code fs.count()}.
     */
    public static int inputCount(FeatureSet fs, Dataset d) {
        return d.dimension() == 1 ? 1 : d.slice() != null ? d.inputCount() : fs.count();
    }

    /**
     * Writes the inputs of every point of {@code d} into {@code out}, row-major: point i occupies
     * {@code out[i * c .. i * c + c)} with {@code c = inputCount(this, d)}. For 1-D data it writes x alone,
     * for data of more than two inputs each input as it is.
     */
    public void writeInputs(Dataset d, double[] out) {
        int n = d.size();
        int c = inputCount(this, d);
        if (out == null || out.length < n * c) {
            throw new IllegalArgumentException("output array needs at least " + n * c + " elements ("
                    + n + " points x " + c + " inputs), had " + (out == null ? "none" : out.length));
        }
        if (d.dimension() == 1) {
            for (int i = 0; i < n; i++) {
                out[i] = d.x1(i);
            }
            return;
        }
        if (d.slice() != null) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < c; k++) {
                    out[i * c + k] = d.input(i, k);
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            writeFeatures(d.x1(i), d.x2(i), out, i * c);
        }
    }

    /** Writes the {@link #count()} features of the point (x1, x2) into {@code out[offset..]}. */
    public void writeInputs(double x1, double x2, double[] out, int offset) {
        if (out == null || offset < 0 || offset > out.length - count()) {
            throw new IllegalArgumentException("output array needs " + count() + " elements from offset "
                    + offset + ", had " + (out == null ? "none" : out.length));
        }
        writeFeatures(x1, x2, out, offset);
    }

    private void writeFeatures(double x1, double x2, double[] out, int offset) {
        int m = mask;
        int k = offset;
        while (m != 0) {
            out[k++] = ALL[Integer.numberOfTrailingZeros(m)].value(x1, x2);
            m &= m - 1;
        }
    }

    private static int bit(Feature f) {
        if (f == null) {
            throw new IllegalArgumentException("feature must not be null");
        }
        return 1 << f.ordinal();
    }

    private static String allIds() {
        StringBuilder sb = new StringBuilder();
        for (Feature f : ALL) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.id());
        }
        return sb.toString();
    }
}
