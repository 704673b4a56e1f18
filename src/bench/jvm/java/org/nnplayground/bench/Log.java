package org.nnplayground.bench;

import java.util.Locale;

/** Progress lines on standard output while the benchmark runs. */
final class Log {
    private Log() {
    }

    static void info(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
