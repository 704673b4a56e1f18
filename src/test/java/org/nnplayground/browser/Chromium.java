package org.nnplayground.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts Playwright and a headless Chromium. The system Chromium ({@code /usr/bin/chromium}) is
 * used when it exists, and Playwright is told not to download a browser; elsewhere Playwright
 * uses, and if needed downloads, its own Chromium. Public for the benchmark runner (src/bench).
 */
public final class Chromium {
    static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    private static final List<String> SYSTEM_CHROMIUM_ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run");

    private Chromium() {
    }

    public static boolean systemChromiumAvailable() {
        return Files.isExecutable(SYSTEM_CHROMIUM);
    }

    public static Playwright createPlaywright() {
        Playwright.CreateOptions options = new Playwright.CreateOptions();
        if (systemChromiumAvailable()) {
            options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        return Playwright.create(options);
    }

    public static Browser launch(Playwright playwright) {
        return launch(playwright, List.of());
    }

    /** As {@link #launch(Playwright)}, with further command-line switches (e.g. V8 flags for profiling). */
    public static Browser launch(Playwright playwright, List<String> extraArgs) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        List<String> args = new ArrayList<>(extraArgs);
        if (systemChromiumAvailable()) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
            args.addAll(0, SYSTEM_CHROMIUM_ARGS);
        }
        if (!args.isEmpty()) {
            options.setArgs(args);
        }
        return playwright.chromium().launch(options);
    }
}
