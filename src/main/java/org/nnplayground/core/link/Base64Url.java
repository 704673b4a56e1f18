package org.nnplayground.core.link;

/** Doubles as base64url (RFC 4648, no padding) of their IEEE 754 bits, little-endian, 8 bytes each. */
public final class Base64Url {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Base64Url() {
    }

    /** The doubles as text, 8 bytes (about 10.7 characters) each. */
    public static String encode(double[] values) {
        byte[] bytes = new byte[values.length * 8];
        for (int i = 0; i < values.length; i++) {
            long bits = Double.doubleToRawLongBits(values[i]);
            for (int b = 0; b < 8; b++) {
                bytes[i * 8 + b] = (byte) (bits >>> (8 * b));
            }
        }
        return encodeBytes(bytes);
    }

    /** Any bytes as base64url without padding (the model exports hand binary files to JavaScript this way). */
    public static String encodeBytes(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 4 + 2) / 3);
        for (int i = 0; i < bytes.length; i += 3) {
            int n = (bytes[i] & 0xFF) << 16;
            int have = Math.min(3, bytes.length - i);
            if (have > 1) {
                n |= (bytes[i + 1] & 0xFF) << 8;
            }
            if (have > 2) {
                n |= bytes[i + 2] & 0xFF;
            }
            for (int k = 0; k <= have; k++) {
                out.append(ALPHABET.charAt((n >>> (18 - 6 * k)) & 63));
            }
        }
        return out.toString();
    }

    /** The doubles, or null when the text is not a whole number of base64url-encoded doubles. */
    public static double[] decode(String text) {
        int bits = 0;
        int buffer = 0;
        byte[] bytes = new byte[text.length() * 3 / 4];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int v = ALPHABET.indexOf(text.charAt(i));
            if (v < 0) {
                return null;
            }
            buffer = (buffer << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                bytes[n++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        if (n % 8 != 0 || n == 0) {
            return null;
        }
        double[] values = new double[n / 8];
        for (int i = 0; i < values.length; i++) {
            long v = 0;
            for (int b = 7; b >= 0; b--) {
                v = (v << 8) | (bytes[i * 8 + b] & 0xFF);
            }
            values[i] = Double.longBitsToDouble(v);
        }
        return values;
    }
}
