package org.nnplayground.tools;

import java.nio.charset.StandardCharsets;

/**
 * A read position in the bytes of a WebAssembly module: unsigned and signed LEB128 numbers, single
 * bytes and length-prefixed UTF-8 names, as the binary format writes them. Reading past the end
 * throws {@link IllegalArgumentException} with the offset, so a cut or foreign file gets a message.
 */
final class WasmBytes {
    private final byte[] bytes;
    private final int end;
    private int pos;

    WasmBytes(byte[] bytes, int start, int end) {
        if (start < 0 || end > bytes.length || start > end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " outside " + bytes.length + " bytes");
        }
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    int pos() {
        return pos;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int u8() {
        if (pos >= end) {
            throw new IllegalArgumentException("unexpected end of the module at byte " + pos);
        }
        return bytes[pos++] & 0xff;
    }

    /** An unsigned LEB128 number of at most 32 bits. */
    int u32() {
        long result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = u8();
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (result > 0xffffffffL) {
                    throw new IllegalArgumentException("number too large at byte " + pos);
                }
                return (int) result;
            }
        }
        throw new IllegalArgumentException("number too long at byte " + pos);
    }

    /** A signed LEB128 number of at most 33 bits (a heap type index or a block type). */
    long s33() {
        long result = 0;
        int shift = 0;
        int b;
        do {
            if (shift >= 35) {
                throw new IllegalArgumentException("number too long at byte " + pos);
            }
            b = u8();
            result |= (long) (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if ((b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    /** Skips {@code n} bytes. */
    void skip(int n) {
        if (n < 0 || n > end - pos) {
            throw new IllegalArgumentException("a length of " + n + " at byte " + pos + " runs past the end");
        }
        pos += n;
    }

    /** A name: its length in bytes, then UTF-8. */
    String name() {
        int length = u32();
        int start = pos;
        skip(length);
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }
}
