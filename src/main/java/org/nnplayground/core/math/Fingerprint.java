package org.nnplayground.core.math;

/**
 * A 64-bit FNV-1a hash over the exact bits of doubles: two runs have the same fingerprint only if
 * every value is identical to the last bit. Used to prove that a run replays identically on the JVM
 * and in both browser builds.
 */
public final class Fingerprint {
    private static final long OFFSET_BASIS = 0xCBF29CE484222325L;
    private static final long PRIME = 0x100000001B3L;

    private long hash = OFFSET_BASIS;

    /** Adds the raw bits of {@code value}, byte by byte. */
    public Fingerprint add(double value) {
        long bits = Double.doubleToRawLongBits(value);
        long h = hash;
        for (int i = 0; i < 8; i++) {
            h ^= (bits >>> (8 * i)) & 0xFF;
            h *= PRIME;
        }
        hash = h;
        return this;
    }

    /** Adds every value of {@code values} in order. */
    public Fingerprint addAll(double[] values) {
        for (double v : values) {
            add(v);
        }
        return this;
    }

    public long value() {
        return hash;
    }

    /** The hash as 16 lowercase hex digits. */
    public String hex() {
        String digits = Long.toHexString(hash);
        return "0000000000000000".substring(digits.length()) + digits;
    }
}
