package org.nnplayground.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * The size a file is sent in by a server that compresses with gzip at level 6 (zlib's default, and
 * Java's {@code GZIPOutputStream}'s): the one measure of weight the build's messages and the size
 * report use, so that their figures compare.
 */
public final class GzipSize {
    private GzipSize() {
    }

    /** The size of {@code bytes} compressed as gzip -6 would (deflate level 6, plus gzip's 18 bytes). */
    public static int of(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out, new Deflater(6, true))) {
            deflate.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.size() + 18;
    }

    /** "A KB gzip (B KB) -> C KB gzip (D KB)": what a build step made of a file, as its messages say it. */
    public static String change(byte[] before, byte[] after) {
        return String.format(Locale.ROOT, "%.1f KB gzip (%.1f KB) -> %.1f KB gzip (%.1f KB)", of(before) / 1000.0,
                before.length / 1000.0, of(after) / 1000.0, after.length / 1000.0);
    }
}
