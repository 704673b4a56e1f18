package org.nnplayground.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Tracing;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nnplayground.tools.SiteServer;

/**
 * Base class of the browser tests ({@code *IT}, run by failsafe after the site was built).
 * Per test class: one {@link SiteServer} on a free port serving the built site (system property
 * {@code site.dir}, default {@code target/site}), one Playwright and one headless Chromium. Per
 * test: a fresh browser context and page. A test fails when its page reported an uncaught error
 * or a {@code console.error}; a failing test leaves a screenshot and a trace in
 * {@code target/browser-failures/}. Test classes run one after another (JUnit's default).
 */
@ExtendWith(BrowserFailureGuard.class)
public abstract class BrowserTest {
    private static SiteServer server;
    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private Page page;
    private PageProblems problems;
    private boolean traceKept;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        server = SiteServer.start(siteDir(), 0);
        playwright = Chromium.createPlaywright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openPage() {
        openContext(new Browser.NewContextOptions());
    }

    /**
     * Replaces this test's context and page with fresh ones made with {@code options}: a viewport,
     * a device scale factor, touch. Page problems are watched as before.
     */
    protected Page useContext(Browser.NewContextOptions options) {
        closePage();
        openContext(options);
        return page;
    }

    private void openContext(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        context.tracing().start(new Tracing.StartOptions().setSnapshots(true));
        traceKept = false;
        page = context.newPage();
        problems = PageProblems.watch(page);
    }

    @AfterEach
    void closePage() {
        if (!traceKept) {
            context.tracing().stop();
        }
        context.close();
    }

    /** The built site that is being served. */
    protected static Path siteDir() {
        return Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath().normalize();
    }

    /** The running server, e.g. for {@link SiteServer#url()}. */
    protected static SiteServer server() {
        return server;
    }

    /** This test's page. */
    protected Page page() {
        return page;
    }

    /** Goes to a path of the served site, e.g. {@code "/?build=js"}, without waiting for the loader. */
    protected Page navigate(String pathAndQuery) {
        String relative = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
        page.navigate(server.url() + relative);
        return page;
    }

    /** Goes to a path of the served site and waits until {@code nnPlaygroundReady} resolved. */
    protected Page open(String pathAndQuery) {
        navigate(pathAndQuery);
        awaitReady();
        return page;
    }

    /** Opens {@code index.html} of the site from disk (a file:// URL) and waits for the loader. */
    protected Page openFromDisk() {
        page.navigate(siteDir().resolve("index.html").toUri().toString());
        awaitReady();
        return page;
    }

    /** Waits for the loader; fails with the loader's error when no build could start. */
    protected void awaitReady() {
        page.waitForFunction("() => window.nnPlaygroundReady !== undefined");
        page.evaluate("() => window.nnPlaygroundReady.then(() => true)");
    }

    /** The build the loader started: {@code "wasm-gc"} or {@code "js"}. */
    protected String build() {
        return (String) page.evaluate("() => window.nnPlaygroundReady.then(r => r.build)");
    }

    /** Calls an exported Java function of the loaded build with JSON-like arguments. */
    protected Object callApi(String name, Object... args) {
        return page.evaluate("([name, args]) => window.nnPlaygroundReady.then(r => r.api[name](...args))",
                List.of(name, Arrays.asList(args)));
    }

    /** Lets page errors or console errors containing {@code fragment} pass, for tests that provoke them. */
    protected void allowPageProblem(String fragment) {
        problems.allow(fragment);
    }

    List<String> unexpectedPageProblems() {
        return problems.unexpected();
    }

    void keepFailureEvidence(String fileName) {
        Path dir = failureDir();
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(fileName + ".png")).setFullPage(true));
        } catch (PlaywrightException e) {
            System.err.println("Could not save a failure screenshot: " + e.getMessage());
        }
        try {
            context.tracing().stop(new Tracing.StopOptions().setPath(dir.resolve(fileName + "-trace.zip")));
            traceKept = true;
        } catch (PlaywrightException e) {
            System.err.println("Could not save a failure trace: " + e.getMessage());
        }
    }

    private static Path failureDir() {
        Path target = siteDir().getParent();
        return (target == null ? Path.of("target") : target).resolve("browser-failures");
    }
}
