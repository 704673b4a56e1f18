package org.nnplayground.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts Playwright and a headless Chromium. The system Chromium ({@code /usr/bin/chromium}) is
 * used when it exists, and Playwright is told not to download a browser; elsewhere Playwright
 * uses, and if needed downloads, its own Chromium.
 */
final class Chromium {
    static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    private static final List<String> SYSTEM_CHROMIUM_ARGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run");

    private Chromium() {
    }

    static boolean systemChromiumAvailable() {
        return Files.isExecutable(SYSTEM_CHROMIUM);
    }

    static Playwright createPlaywright() {
        Playwright.CreateOptions options = new Playwright.CreateOptions();
        if (systemChromiumAvailable()) {
            options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        return Playwright.create(options);
    }

    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        if (systemChromiumAvailable()) {
            options.setExecutablePath(SYSTEM_CHROMIUM).setArgs(SYSTEM_CHROMIUM_ARGS);
        }
        return playwright.chromium().launch(options);
    }
}
