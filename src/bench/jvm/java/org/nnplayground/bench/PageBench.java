package org.nnplayground.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.nnplayground.tools.SiteServer;

/**
 * The real playground page (target/site, served by SiteServer) in headless Chromium: time to the
 * first drawn frame, the bytes it transfers (gzip), frame times while training W2 with every view
 * on, and the top W1 speed that still draws at 30 frames per second or more.
 *
 * <p>It drives the page through its controls only (buttons and fields by their accessible names);
 * the one figure it reads from the page itself is {@code window.nnPlaygroundStats.firstFrame}, the
 * timestamp the page records for its first frame. Frame times are the differences between
 * successive {@code requestAnimationFrame} timestamps, taken by a callback the runner adds.
 */
final class PageBench {
    /** The speed control's steps (epochs per frame), as the page offers them. */
    static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};
    static final int LOADS = 5;
    static final double FRAME_BUDGET_MS = 1000.0 / 60;

    /** Frame intervals, the page's own frame work and training progress over one window. */
    record Frames(List<Double> intervals, List<Double> work, int epochs, double seconds, String load) {
        double fps() {
            return intervals.size() / seconds;
        }

        double epochsPerSecond() {
            return epochs / seconds;
        }

        Stats stats() {
            return new Stats(intervals);
        }

        double workMedian() {
            return work.isEmpty() ? Double.NaN : new Stats(work).median();
        }

        double workP95() {
            return work.isEmpty() ? Double.NaN : new Stats(work).percentile(95);
        }

        Map<String, Object> toJson() {
            Stats s = stats();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("frames", intervals.size());
            m.put("seconds", Stats.round(seconds));
            m.put("fps", Stats.round(fps()));
            m.put("frameMsMedian", Stats.round(s.median()));
            m.put("frameMsP95", Stats.round(s.percentile(95)));
            m.put("frameMsP99", Stats.round(s.percentile(99)));
            m.put("frameMsMax", Stats.round(s.max()));
            m.put("framesOver16_7ms", intervals.stream().filter(v -> v > FRAME_BUDGET_MS + 0.5).count());
            if (!work.isEmpty()) {
                Stats w = new Stats(work);
                m.put("pageCallbackMsMedian", Stats.round(w.median()));
                m.put("pageCallbackMsP95", Stats.round(w.percentile(95)));
            }
            m.put("epochs", epochs);
            m.put("epochsPerSecond", Stats.round(epochsPerSecond()));
            m.put("loadAverage", load);
            return m;
        }
    }

    /** Everything this part measured. */
    static final class Result {
        String build;
        final List<Double> firstFrameMs = new ArrayList<>();
        final List<Map<String, Object>> files = new ArrayList<>();
        long rawBytes;
        long gzipBytes;
        long jsFallbackGzipBytes;
        String w2Network;
        Frames w2;
        final Map<Integer, Frames> speeds = new LinkedHashMap<>();
        int topSpeed;
        Frames topSpeedFrames;
        List<CpuProfiles.Entry> w2Profile = List.of();
    }

    private static final String EPOCH_JS =
            "() => parseInt((document.querySelector('.nnp-epoch').textContent || '0').replace(/[^0-9]/g, ''), 10)";

    /**
     * Injected before the page's own scripts (the runner's only addition to the page): wraps
     * requestAnimationFrame so that the time spent in each of the page's frame callbacks is
     * recorded in window.__nnpBench.work, and keeps the original for the runner's own callbacks.
     */
    private static final String FRAME_WORK_PROBE = "(() => {"
            + " const raf = window.requestAnimationFrame.bind(window);"
            + " const probe = { raf: raf, work: [] }; window.__nnpBench = probe;"
            + " window.requestAnimationFrame = function (cb) { return raf(function (t) {"
            + "   const s = performance.now(); try { cb(t); } finally { probe.work.push(performance.now() - s); } }); };"
            + " })();";

    /** Records rAF timestamps for ms milliseconds; the epoch counter at the first and last frame; the page's frame work. */
    private static final String FRAMES_JS = "ms => new Promise(resolve => {"
            + " const epoch = " + EPOCH_JS + ";"
            + " const probe = window.__nnpBench;"
            + " const ts = []; let e0 = 0;"
            + " function f(t) { if (ts.length === 0) { e0 = epoch(); probe.work.length = 0; } ts.push(t);"
            + "   if (t - ts[0] < ms) { probe.raf(f); }"
            + "   else { resolve({ ts: ts, e0: e0, e1: epoch(), work: probe.work.slice(1) }); } }"
            + " probe.raf(f); })";

    private PageBench() {
    }

    static Result run(Browser browser, Path siteDir) throws Exception {
        Result result = new Result();
        try (SiteServer server = SiteServer.start(siteDir, 0)) {
            loads(browser, server, result, siteDir);
            w2Frames(browser, server, result);
            topSpeed(browser, server, result);
        }
        return result;
    }

    private static void loads(Browser browser, SiteServer server, Result result, Path siteDir) throws IOException {
        for (int i = 0; i < LOADS; i++) {
            BrowserContext context = browser.newContext();
            try {
                Page page = context.newPage();
                List<Response> responses = new ArrayList<>();
                page.onResponse(responses::add);
                page.navigate(server.url());
                page.waitForFunction("() => window.nnPlaygroundStats && window.nnPlaygroundStats.firstFrame > 0");
                double firstFrame = ((Number) page.evaluate("() => window.nnPlaygroundStats.firstFrame")).doubleValue();
                result.firstFrameMs.add(firstFrame);
                result.build = (String) page.evaluate("() => window.nnPlaygroundReady.then(r => r.build)");
                if (i == 0) {
                    page.waitForTimeout(1500); // late requests (icons) count too
                    Set<String> counted = new HashSet<>();
                    for (Response r : new ArrayList<>(responses)) {
                        if (!counted.add(r.url())) {
                            continue; // a file fetched twice (the icon) is loaded once
                        }
                        byte[] body = r.status() == 200 ? r.body() : new byte[0];
                        long gz = gzipSize(body);
                        Map<String, Object> f = new LinkedHashMap<>();
                        f.put("url", r.url().substring(server.url().length() - 1));
                        f.put("status", r.status());
                        f.put("bytes", body.length);
                        f.put("gzipBytes", gz);
                        result.files.add(f);
                        result.rawBytes += body.length;
                        result.gzipBytes += gz;
                    }
                }
                Log.info("page load %d: first frame at %.0f ms (%s build)", i + 1, firstFrame, result.build);
            } finally {
                context.close();
            }
        }
        result.jsFallbackGzipBytes = gzipSize(Files.readAllBytes(siteDir.resolve("js/app.js")));
    }

    private static void w2Frames(Browser browser, SiteServer server, Result result) {
        BrowserContext context = browser.newContext();
        try {
            Page page = openPlayground(context, server);
            result.w2Network = buildW2(page);
            page.waitForTimeout(1000);
            result.w2 = frames(page, 10_000);
            Log.info("W2 on the page (%s, speed 1): %.1f fps, p95 frame %.1f ms, page's frame callback median %.1f ms"
                    + " (load average %s)", result.w2Network, result.w2.fps(), result.w2.stats().percentile(95),
                    result.w2.workMedian(), result.w2.load());
        } finally {
            context.close();
        }
    }

    /**
     * A CPU profile of the page training W2 with every view on: the product's page built unminified
     * (function names), in the profiling browser. Not a timed figure.
     */
    static void profile(Browser browser, Path namedSite, Result result, Path profileDir) throws Exception {
        try (SiteServer server = SiteServer.start(namedSite, 0)) {
            BrowserContext context = browser.newContext();
            try {
                Page page = openPlayground(context, server);
                buildW2(page);
                page.waitForTimeout(1000);
                try (CpuProfiles profiler = new CpuProfiles(page)) {
                    profiler.start();
                    page.waitForTimeout(3000);
                    JsonObject profile = profiler.stop();
                    result.w2Profile = CpuProfiles.selfTimes(profile);
                    CpuProfiles.save(profile, profileDir.resolve("page-W2.cpuprofile"));
                }
            } finally {
                context.close();
            }
        }
    }

    /**
     * Turns the default network into W2 through the page's controls: four more hidden layers, every
     * layer widened to 8 neurons; "Show test data" on; playing at the default speed (1 epoch per frame).
     */
    private static String buildW2(Page page) {
        Locator addLayer = button(page, "Add a hidden layer");
        for (int i = 0; i < 4; i++) {
            addLayer.click();
        }
        for (int layer = 1; layer <= 6; layer++) {
            Locator add = button(page, "Add a neuron to hidden layer " + layer);
            for (int guard = 0; guard < 8 && !neurons(page, layer).equals("8 neurons"); guard++) {
                add.click();
            }
        }
        List<String> counts = page.locator(".nnp-layers .nnp-count").allTextContents();
        if (counts.size() != 6 || counts.stream().anyMatch(c -> !c.trim().equals("8 neurons"))) {
            throw new IllegalStateException("could not set up W2 on the page: hidden layers " + counts);
        }
        Locator showTest = page.getByLabel("Show test data", new Page.GetByLabelOptions().setExact(true));
        if (!showTest.isChecked()) {
            showTest.check();
        }
        String speed = page.locator("select[data-key=speed]").inputValue();
        if (!speed.equals("1")) {
            throw new IllegalStateException("the page's default speed is " + speed + " epochs per frame, not 1");
        }
        ensurePlaying(page);
        return "2 inputs -> 6 x 8 tanh -> 1 tanh";
    }

    private static void topSpeed(Browser browser, SiteServer server, Result result) {
        BrowserContext context = browser.newContext();
        try {
            Page page = openPlayground(context, server);
            ensurePlaying(page);
            // The select's accessible name includes its chosen option ("Speed 1 epoch / frame"): find it by its key.
            Locator speed = page.locator("select[data-key=speed]");
            double best = -1;
            int slow = 0;
            for (int s : SPEEDS) {
                speed.selectOption(Integer.toString(s));
                page.waitForTimeout(750);
                // Two windows, the better one kept: a burst of other work on a shared machine spoils one easily.
                Frames a = frames(page, 2000);
                Frames b = frames(page, 2000);
                Frames f = a.fps() >= b.fps() ? a : b;
                result.speeds.put(s, f);
                Log.info("W1 on the page at %4d epochs/frame: %5.1f fps, %,8.0f epochs/s, page's frame callback median %.1f ms"
                        + " (load average %s)", s, f.fps(), f.epochsPerSecond(), f.workMedian(), f.load());
                if (f.fps() >= 30 && f.epochsPerSecond() > best) {
                    best = f.epochsPerSecond();
                    result.topSpeed = s;
                    result.topSpeedFrames = f;
                }
                slow = f.fps() < 30 ? slow + 1 : 0;
                if (slow == 2) {
                    break; // two steps in a row below 30 fps: higher speeds only draw less often
                }
            }
        } finally {
            context.close();
        }
    }

    private static Page openPlayground(BrowserContext context, SiteServer server) {
        Page page = context.newPage();
        page.addInitScript(FRAME_WORK_PROBE);
        page.navigate(server.url());
        page.waitForFunction("() => window.nnPlaygroundReady !== undefined");
        page.evaluate("() => window.nnPlaygroundReady.then(() => true)");
        page.locator(".nnp-epoch").waitFor();
        return page;
    }

    private static void ensurePlaying(Page page) {
        Locator play = page.locator(".nnp-play");
        if (!"true".equals(play.getAttribute("aria-pressed"))) {
            play.click();
        }
        page.waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'true'");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static String neurons(Page page, int layer) {
        return page.locator(".nnp-layers .nnp-layer").nth(layer - 1).locator(".nnp-count").textContent().trim();
    }

    private static Frames frames(Page page, int ms) {
        JsonObject o = Json.parse((String) page.evaluate("ms => (" + FRAMES_JS + ")(ms).then(r => JSON.stringify(r))", ms));
        JsonArray ts = o.getAsJsonArray("ts");
        List<Double> intervals = new ArrayList<>();
        for (int i = 1; i < ts.size(); i++) {
            intervals.add(ts.get(i).getAsDouble() - ts.get(i - 1).getAsDouble());
        }
        double seconds = (ts.get(ts.size() - 1).getAsDouble() - ts.get(0).getAsDouble()) / 1000;
        List<Double> work = new ArrayList<>();
        for (var w : o.getAsJsonArray("work")) {
            work.add(w.getAsDouble());
        }
        return new Frames(intervals, work, o.get("e1").getAsInt() - o.get("e0").getAsInt(), seconds, Machine.loadAverage());
    }

    static long gzipSize(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
