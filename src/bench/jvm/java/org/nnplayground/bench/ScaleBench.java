package org.nnplayground.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nnplayground.browser.Chromium;
import org.nnplayground.tools.SiteServer;

/**
 * How the page keeps up with large networks: for each of a few network sizes on the default circle
 * data (and at the playground's limits: 10,000 points, the largest recurrent and convolutional
 * networks the sequence and image playground allows), the frames per second (filter by name with {@code -Dbench.scale.only=...}) while training (speed 1, every view drawn) and how long a key press
 * (Space, play/pause) takes to be answered on screen. Figures are reported, never asserted.
 *
 * <p>The latency of one press is the time from the moment the runner sends it (Playwright's
 * keyboard, through the browser's input queue like a person's key) to the start of the first
 * animation frame after the page handled it, the frame that shows the answer, both on the
 * machine's wall clock ({@code performance.timeOrigin + now}); a page busy with a long frame delays
 * both the handling and that frame. It includes a few ms of the runner's own messaging, and the
 * two clocks may differ by some ms (small latencies can come out slightly negative).
 *
 * <p>{@code -Dbench.scale.settle=S} waits S seconds after the first frames before measuring (a large
 * run's first status comes over the frames and its training waits for it), and
 * {@code -Dbench.scale.paused=true} pauses training (Space) before the window, to measure the frames
 * of a page that only draws. Each network's longest tasks (a PerformanceObserver of long tasks) are
 * reported for the frame window and for the presses; {@code -Dbench.scale.profile=true} saves a CPU
 * profile of the presses and logs where its time went (use the unminified page the bench builds,
 * {@code target/bench/page-named}, for the functions' names).
 *
 * <p>Part {@code scale} of the benchmark ({@code ./mvnw -Pbench verify -Dbench.parts=scale}); or on
 * its own after a build, {@code java -cp <test classpath> org.nnplayground.bench.ScaleBench
 * [site dir] [build] [seconds]}. Writes {@code scale.md} next to the other reports.
 */
public final class ScaleBench {
    /** The networks measured: a name and the link fragment that builds it. */
    static final String[][] NETWORKS = {
        {"32 x 6 tanh", "h=32,32,32,32,32,32&act=tanh,tanh,tanh,tanh,tanh,tanh"},
        {"64 x 8 tanh", "h=64,64,64,64,64,64,64,64&act=tanh,tanh,tanh,tanh,tanh,tanh,tanh,tanh"},
        {"256 x 2 tanh", "h=256,256&act=tanh,tanh"},
        {"256 x 16 ReLU", "h=" + repeat("256", 16) + "&act=" + repeat("relu", 16)},
        {"256 x 16 ReLU, 10,000 points", "n=10000&h=" + repeat("256", 16) + "&act=" + repeat("relu", 16)},
        // The sequence and image playground at its limits (4 recurrent layers of 256, 8 image layers
        // of 32 filters of 7 x 7 and 8 dense layers of 256), one sample per batch so that a frame can
        // end after one update.
        {"text, 4 x LSTM 256, embedding 64", "lab=text&len=25&n=200&train=0.8&cell=lstm&h=256,256,256,256&emb=64"
                + "&trunc=0&seed=1&lr=0.01&batch=1&opt=sgd&clip=0&speed=1&sel=1"},
        {"sine, 500 steps, 4 x LSTM 256", "lab=sine&len=500&period=10&noise=0&n=200&train=0.8&cell=lstm"
                + "&h=256,256,256,256&trunc=0&seed=1&lr=0.01&batch=1&opt=sgd&clip=0&speed=1&sel=1"},
        {"shapes 16 x 16, 10,000 images, 8 x conv 7x7x32, 8 x dense 256", "lab=shapes&side=16&n=10000&noise=0&train=0.8"
                + "&shift=0&layers=" + repeat("c32k7s1-relu", 8) + "&dense=" + repeat("256", 8)
                + "&dact=relu&seed=1&lr=0.01&batch=1&opt=sgd&clip=0&speed=1&sel=1"},
    };
    /** Space presses timed per network ({@code -Dbench.scale.presses=N}; even, so that training ends as it began). */
    static final int PRESSES = Integer.getInteger("bench.scale.presses", 4);

    /**
     * Injected before the page's scripts: records every animation frame's start, every Space key
     * event and every long task (over 50 ms, as start and duration) the browser reports.
     */
    private static final String PROBE = "(() => {"
            + " const probe = { frames: [], presses: [], long: [] }; window.__nnpScale = probe;"
            + " try { new PerformanceObserver(l => { for (const e of l.getEntries()) { probe.long.push([e.startTime, e.duration]); } })"
            + "   .observe({ type: 'longtask', buffered: true }); } catch (e) { }"
            + " const raf = window.requestAnimationFrame.bind(window);"
            + " const tick = t => { probe.frames.push(t); raf(tick); }; raf(tick);"
            + " window.addEventListener('keydown', e => { if (e.key === ' ') {"
            + "   const p = { shown: -1 }; probe.presses.push(p);"
            + "   raf(t => { p.shown = t; }); } }, true);"
            + " })();";

    /**
     * One network's figures; {@code longestInWindow} and {@code longestAfterPresses} are the longest
     * tasks (ms, 0 when none passed 50 ms) in the frame window and from the first timed press until
     * the last was answered.
     */
    record Figures(String name, String build, int frames, double seconds, int epochs, List<Double> latencies,
            double longestInWindow, double longestAfterPresses) {
        double fps() {
            return frames / seconds;
        }

        double latencyMedian() {
            return latencies.isEmpty() ? Double.NaN : new Stats(latencies).median();
        }

        double latencyMax() {
            return latencies.isEmpty() ? Double.NaN : new Stats(latencies).max();
        }
    }

    private ScaleBench() {
    }

    private static String repeat(String item, int n) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(item);
        }
        return String.join(",", items);
    }

    /** Measures every network in {@code build} ("wasm" or "js") for {@code seconds} of frames each. */
    static List<Figures> run(Browser browser, Path siteDir, String build, double seconds) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
        List<Figures> all = new ArrayList<>();
        try (SiteServer server = SiteServer.start(siteDir, 0)) {
            String only = System.getProperty("bench.scale.only", "");
            for (String[] net : NETWORKS) {
                if (!net[0].contains(only)) {
                    continue;
                }
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                Page page = context.newPage();
                page.setDefaultTimeout(120_000);
                page.addInitScript(PROBE);
                try {
                    page.navigate(server.url() + "?build=" + build + "#" + net[1]);
                    page.waitForFunction("() => window.nnPlaygroundReady !== undefined");
                    page.evaluate("() => window.nnPlaygroundReady.then(() => true)");
                    all.add(measure(page, net[0], build, seconds, out));
                } catch (com.microsoft.playwright.PlaywrightException e) {
                    // A page that does not draw 3 frames or answer a key within 2 minutes: say so, go on.
                    Log.info("%s %s: no answer within %d s (%s)", net[0], build, 120, e.getMessage().lines().findFirst().orElse(""));
                    all.add(new Figures(net[0], build, 0, Double.NaN, 0, List.of(), Double.NaN, Double.NaN));
                    context.close();
                    continue;
                }
                Figures f = all.get(all.size() - 1);
                Log.info("%s %s: %.1f fps, key answered in %.0f ms (median), %.0f ms (max); longest task %.0f ms"
                        + " in the window, %.0f ms after the presses", net[0], build, f.fps(), f.latencyMedian(),
                        f.latencyMax(), f.longestInWindow(), f.longestAfterPresses());
                context.close();
            }
        }
        return all;
    }

    private static Figures measure(Page page, String name, String build, double seconds, Path out) {
        // Let the first frames (building the views) pass, then count frames over a window of at
        // least `seconds` and at least 3 frames (a very slow page takes seconds per frame).
        page.evaluate("() => new Promise(r => { const p = window.__nnpScale; const n = p.frames.length + 2;"
                + " const w = () => p.frames.length >= n ? r() : setTimeout(w, 20); w(); })");
        // -Dbench.scale.settle=S waits S seconds first (a large run's first status comes over the
        // frames, and training waits for it); -Dbench.scale.paused=true measures with training paused.
        double settle = Double.parseDouble(System.getProperty("bench.scale.settle", "0"));
        if (settle > 0) {
            page.waitForTimeout(settle * 1000);
        }
        int pressed = 0; // presses before the timed ones
        if (Boolean.getBoolean("bench.scale.paused")) {
            page.keyboard().press(" ");
            page.waitForTimeout(500);
            pressed++;
        }
        @SuppressWarnings("unchecked")
        List<Number> window = (List<Number>) page.evaluate("ms => new Promise(r => { const p = window.__nnpScale;"
                + " const epoch = () => parseInt(document.querySelector('.nnp-epoch').textContent.replace(/[^0-9]/g, ''), 10);"
                + " const f0 = p.frames.length; const t0 = p.frames[f0 - 1]; const e0 = epoch();"
                + " const w = () => { const n = p.frames.length - f0; const t = p.frames[p.frames.length - 1];"
                + "   if (n >= 3 && t - t0 >= ms) { r([n, t - t0, epoch() - e0, t0, t]); } else { setTimeout(w, 20); } }; w(); })",
                seconds * 1000);
        double longestInWindow = longestTask(page, window.get(3).doubleValue(), window.get(4).doubleValue());
        // -Dbench.scale.profile=true takes a CPU profile of the presses (the page's main thread), saved
        // beside the reports, and logs the functions with the most total time.
        CpuProfiles profiler = Boolean.getBoolean("bench.scale.profile") ? new CpuProfiles(page) : null;
        if (profiler != null) {
            profiler.start();
        }
        double pressesFrom = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < PRESSES; i++) {
            page.waitForTimeout(150 + 37 * i); // presses land at different points of a frame
            double sent = System.currentTimeMillis();
            page.keyboard().press(" ");
            Number shown = (Number) page.evaluate("i => new Promise(r => { const p = window.__nnpScale;"
                    + " const w = () => { const q = p.presses[i]; if (q && q.shown >= 0) { r(performance.timeOrigin + q.shown); }"
                    + "   else { setTimeout(w, 10); } }; w(); })", i + pressed);
            latencies.add(shown.doubleValue() - sent);
        }
        double pressesTo = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        if (profiler != null) {
            JsonObject profile = profiler.stop();
            profiler.close();
            Path file = out.resolve("scale-" + name.replaceAll("[^A-Za-z0-9]+", "-") + "-" + build + ".cpuprofile");
            CpuProfiles.save(profile, file);
            Log.info("%s %s: CPU profile of the presses in %s; total time per function:", name, build, file);
            List<CpuProfiles.Entry> totals = CpuProfiles.totalTimes(profile);
            for (CpuProfiles.Entry e : totals.subList(0, Math.min(40, totals.size()))) {
                Log.info("  %5.1f %%  %8.1f ms  %s (%s)", e.percent(), e.ms(), e.function(), e.where());
            }
        }
        return new Figures(name, build, window.get(0).intValue(), window.get(1).doubleValue() / 1000,
                window.get(2).intValue(), latencies, longestInWindow, longestTask(page, pressesFrom, pressesTo));
    }

    /** The longest task (ms) the page reported that overlaps {@code from} to {@code to} (page time), 0 if none. */
    private static double longestTask(Page page, double from, double to) {
        return ((Number) page.evaluate("([a, b]) => window.__nnpScale.long"
                + ".filter(([s, d]) => s + d >= a && s <= b).reduce((m, [s, d]) => Math.max(m, d), 0)",
                List.of(from, to))).doubleValue();
    }

    /** The figures as a Markdown table. */
    static String markdown(List<Figures> figures, String chromium) {
        StringBuilder s = new StringBuilder("## Large networks (speed 1, every view drawn; the points on the default circle data)\n\n");
        s.append("Chromium ").append(chromium).append(", load average ").append(Machine.loadAverage());
        s.append(Boolean.getBoolean("bench.scale.paused") ? ", training paused" : "");
        s.append(", measured ").append(System.getProperty("bench.scale.settle", "0")).append(" s after the first frames\n\n");
        s.append("| network | build | fps | epochs/s | key answered: median | max | longest task: window | presses |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (Figures f : figures) {
            if (Double.isNaN(f.seconds())) {
                s.append("| ").append(f.name()).append(" | ").append(f.build())
                        .append(" | no 3 frames and key answer within 120 s | - | - | - | - | - |\n");
                continue;
            }
            s.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", f.name(),
                    f.build(), f.fps(), f.epochs() / f.seconds(), f.latencyMedian(), f.latencyMax(), f.longestInWindow(),
                    f.longestAfterPresses()));
        }
        return s.toString();
    }

    /** Runs the part on its own: {@code [site dir] [builds, e.g. wasm,js] [seconds per network]}; writes scale.md. */
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "target/site").toAbsolutePath();
        List<String> builds = List.of((args.length > 1 ? args[1] : "wasm").split(","));
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        Path out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
        try (Playwright playwright = Chromium.createPlaywright()) {
            Browser browser = Chromium.launch(playwright);
            List<Figures> figures = new ArrayList<>();
            for (String build : builds) {
                figures.addAll(run(browser, site, build, seconds));
            }
            String md = markdown(figures, browser.version());
            Files.createDirectories(out);
            Files.writeString(out.resolve("scale.md"), md, StandardCharsets.UTF_8);
            System.out.println(md);
            browser.close();
        }
    }
}
