package org.nnplayground.tools;

import java.util.Locale;
import java.util.Map;

/**
 * Maps file names to the {@code Content-Type} the browser needs. WebAssembly must be sent as
 * {@code application/wasm}, otherwise {@code WebAssembly.compileStreaming} refuses it.
 */
public final class ContentTypes {
    /** Sent for any extension not in the table, so the browser does not guess. */
    public static final String FALLBACK = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("wasm", "application/wasm"),
            Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"));

    private ContentTypes() {
    }

    /** Returns the content type for a file name, judged by its extension (case-insensitive). */
    public static String forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return FALLBACK;
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, FALLBACK);
    }
}
