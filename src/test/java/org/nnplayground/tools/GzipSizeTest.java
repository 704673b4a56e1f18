package org.nnplayground.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class GzipSizeTest {
    @Test
    void theSizeIsWhatGzipWrites() throws Exception {
        byte[] text = "a playground for neural networks, ".repeat(300).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text);
        }
        // GZIPOutputStream compresses at zlib's default level, which is 6.
        assertEquals(out.size(), GzipSize.of(text));
    }

    @Test
    void aChangeGivesBothSizesOfBothVersionsInKilobytes() {
        byte[] before = new byte[2500];
        byte[] after = new byte[1200];
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f KB gzip (2.5 KB) -> %.1f KB gzip (1.2 KB)",
                GzipSize.of(before) / 1000.0, GzipSize.of(after) / 1000.0), GzipSize.change(before, after));
    }
}
