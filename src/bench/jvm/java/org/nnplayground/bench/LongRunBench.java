package org.nnplayground.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnplayground.tools.SiteServer;

/**
 * A long run of the real page (target/site) at top speed with every view on, on W2 (the points)
 * and on W4 and W6 (the sequence and image playground; see {@link LabPageBench#WORKLOADS}): every window (30 s by
 * default) the JS heap in use after a forced garbage collection, the frame times of that window and
 * the epoch reached. Shows whether memory stays bounded and frame time stays level over minutes.
 *
 * <p>"Every view on": the output heatmap with "Discretize output" and "Show test data", the network
 * graph with its neuron thumbnails, the loss chart on a log scale, the metrics; the speed control at
 * its highest step. The heap figure is V8's {@code Runtime.getHeapUsage} (used size) right after
 * {@code HeapProfiler.collectGarbage}, through a CDP session: the wasm-gc build's objects live in
 * the same heap. Frame times are the differences between successive requestAnimationFrame
 * timestamps taken by the runner's own callback, drained every window so that the probe itself
 * holds no growing memory. The training worker (which runs its own copy of the module in an isolate of
 * its own, where the top speed trains) is measured the same way through {@link WorkerHeap}.
 */
final class LongRunBench {
    /** The speed control's highest step (epochs per frame). */
    static final String TOP_SPEED = "1000";

    /** One measuring window. */
    record Window(double atSeconds, double heapMb, double workerHeapMb, int epochs, int lossPoints, List<Double> intervals,
                  List<Double> work, String load) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("atSeconds", Stats.round(atSeconds));
            m.put("heapUsedMbAfterGc", Stats.round(heapMb));
            m.put("workerHeapUsedMbAfterGc", Stats.round(workerHeapMb));
            m.put("epoch", epochs);
            m.put("lossHistoryPoints", lossPoints);
            m.put("frames", intervals.size());
            m.put("frameMsMedian", intervals.isEmpty() ? Double.NaN : Stats.round(new Stats(intervals).median()));
            m.put("frameMsP95", intervals.isEmpty() ? Double.NaN : Stats.round(new Stats(intervals).percentile(95)));
            m.put("pageCallbackMsMedian", work.isEmpty() ? Double.NaN : Stats.round(new Stats(work).median()));
            m.put("pageCallbackMsP95", work.isEmpty() ? Double.NaN : Stats.round(new Stats(work).percentile(95)));
            m.put("loadAverage", load);
            return m;
        }

        double frameMedian() {
            return intervals.isEmpty() ? Double.NaN : new Stats(intervals).median();
        }

        double frameP95() {
            return intervals.isEmpty() ? Double.NaN : new Stats(intervals).percentile(95);
        }

        double workMedian() {
            return work.isEmpty() ? Double.NaN : new Stats(work).median();
        }
    }

    /** One build's long run. */
    static final class Result {
        final String build;
        String workload = "W2";
        final double minutes;
        double startHeapMb;
        /** The training worker's heap after GC when the first window began (NaN: no worker ran). */
        double startWorkerHeapMb = Double.NaN;
        final List<Window> windows = new ArrayList<>();

        Result(String build, double minutes) {
            this.build = build;
            this.minutes = minutes;
        }

        double maxHeapMb() {
            double max = startHeapMb;
            for (Window w : windows) {
                max = Math.max(max, w.heapMb());
            }
            return max;
        }

        double endHeapMb() {
            return windows.isEmpty() ? startHeapMb : windows.get(windows.size() - 1).heapMb();
        }

        double maxWorkerHeapMb() {
            double max = startWorkerHeapMb;
            for (Window w : windows) {
                max = Double.isNaN(max) ? w.workerHeapMb() : Math.max(max, Double.isNaN(w.workerHeapMb()) ? max : w.workerHeapMb());
            }
            return max;
        }

        double endWorkerHeapMb() {
            return windows.isEmpty() ? startWorkerHeapMb : windows.get(windows.size() - 1).workerHeapMb();
        }

        /** The last window's frame-time median over the first window's. */
        double frameCreep() {
            if (windows.size() < 2) {
                return Double.NaN;
            }
            return windows.get(windows.size() - 1).frameMedian() / windows.get(0).frameMedian();
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("build", build);
            m.put("workload", workload);
            m.put("minutes", minutes);
            m.put("speedEpochsPerFrame", Integer.parseInt(TOP_SPEED));
            m.put("heapUsedMbAfterGcStart", Stats.round(startHeapMb));
            m.put("heapUsedMbAfterGcMax", Stats.round(maxHeapMb()));
            m.put("heapUsedMbAfterGcEnd", Stats.round(endHeapMb()));
            m.put("heapGrowthMb", Stats.round(endHeapMb() - startHeapMb));
            m.put("workerHeapUsedMbAfterGcStart", Stats.round(startWorkerHeapMb));
            m.put("workerHeapUsedMbAfterGcMax", Stats.round(maxWorkerHeapMb()));
            m.put("workerHeapUsedMbAfterGcEnd", Stats.round(endWorkerHeapMb()));
            m.put("workerHeapGrowthMb", Stats.round(endWorkerHeapMb() - startWorkerHeapMb));
            m.put("frameMsMedianLastOverFirstWindow", Stats.round(frameCreep()));
            List<Map<String, Object>> ws = new ArrayList<>();
            for (Window w : windows) {
                ws.add(w.toJson());
            }
            m.put("windows", ws);
            return m;
        }
    }

    /**
     * Injected before the page's scripts: wraps requestAnimationFrame to time each of the page's
     * frame callbacks, and runs the runner's own callback that records frame timestamps. Both lists
     * are emptied by {@code __nnpLong.drain()}.
     */
    private static final String PROBE = "(() => {"
            + " const raf = window.requestAnimationFrame.bind(window);"
            + " const p = { work: [], ts: [], drain() { const r = { work: p.work, ts: p.ts }; p.work = []; p.ts = [p.ts.length ? p.ts[p.ts.length - 1] : 0].filter(t => t > 0); return r; } };"
            + " window.__nnpLong = p;"
            + " window.requestAnimationFrame = function (cb) { return raf(function (t) {"
            + "   const s = performance.now(); try { cb(t); } finally { p.work.push(performance.now() - s); } }); };"
            + " function tick(t) { p.ts.push(t); raf(tick); } raf(tick);"
            + " })();";

    private static final String EPOCH_JS =
            "() => parseInt((document.querySelector('.nnp-epoch').textContent || '0').replace(/[^0-9]/g, ''), 10)";

    private LongRunBench() {
    }

    /**
     * Runs each of {@code workloads} (names of {@link LabPageBench#WORKLOADS}: W2 on the points'
     * page, W4 and W6 on the sequence and image page, each opened by its link) in each build.
     */
    static List<Result> run(Browser browser, Path siteDir, List<String> builds, List<String> workloads, double minutes,
                            double windowSeconds) throws Exception {
        List<Result> results = new ArrayList<>();
        try (SiteServer server = SiteServer.start(siteDir, 0)) {
            for (String name : workloads) {
                LabPageBench.Workload w = LabPageBench.WORKLOADS.stream().filter(x -> x.name().equals(name.trim()))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("no workload " + name));
                for (String build : builds) {
                    results.add(runOne(browser, server, build.trim(), w, minutes, windowSeconds));
                }
            }
        }
        return results;
    }

    private static Result runOne(Browser browser, SiteServer server, String build, LabPageBench.Workload workload,
                                 double minutes, double windowSeconds) {
        Result result = new Result(build, minutes);
        result.workload = workload.name();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        try {
            Page page = context.newPage();
            page.addInitScript(PROBE);
            page.navigate(server.url() + "?build=" + build + "#" + workload.fragment());
            page.waitForFunction("() => window.nnPlaygroundReady !== undefined");
            page.evaluate("() => window.nnPlaygroundReady.then(() => true)");
            page.locator(".nnp-epoch").waitFor();
            if (workload.points()) {
                everyViewOn(page);
            }
            page.locator("select[data-key=speed]").selectOption(TOP_SPEED);
            ensurePlaying(page);
            CDPSession cdp = context.newCDPSession(page);
            cdp.send("HeapProfiler.enable");
            WorkerHeap workers = new WorkerHeap(cdp);
            // At the top speed the run is handed to the training worker: give it a few seconds to start.
            for (int i = 0; i < 100 && workers.workers() == 0; i++) {
                page.waitForTimeout(100);
            }
            long t0 = System.nanoTime();
            result.startHeapMb = heapMbAfterGc(cdp);
            result.startWorkerHeapMb = workers.mbAfterGc();
            drain(page);
            Log.info("long run, %s, %s build: %.1f minutes at %s epochs/frame, every view on; heap after GC at start %.2f MB,"
                    + " the training worker's %.2f MB", workload.name(), build, minutes, TOP_SPEED, result.startHeapMb,
                    result.startWorkerHeapMb);
            long end = t0 + (long) (minutes * 60e9);
            long next = t0 + (long) (windowSeconds * 1e9);
            while (next <= end + 1_000_000) {
                long waitMs = Math.max(0, (next - System.nanoTime()) / 1_000_000);
                page.waitForTimeout(waitMs);
                JsonObject frames = drain(page);
                int epoch = ((Number) page.evaluate(EPOCH_JS)).intValue();
                String points = page.locator(".nnp-loss-canvas, .nnp-lab-loss-canvas").first().getAttribute("data-points");
                double heap = heapMbAfterGc(cdp);
                double workerHeap = workers.mbAfterGc();
                Window w = new Window((System.nanoTime() - t0) / 1e9, heap, workerHeap, epoch,
                        points == null ? -1 : Integer.parseInt(points), intervals(frames.getAsJsonArray("ts")),
                        doubles(frames.getAsJsonArray("work")), Machine.loadAverage());
                result.windows.add(w);
                Log.info("  %5.0f s: heap %.2f MB (worker %.2f MB), epoch %,d, loss points %d, frame ms median %.1f / p95 %.1f,"
                        + " page callback median %.1f ms (load average %s)", w.atSeconds(), heap, workerHeap, epoch, w.lossPoints(),
                        w.frameMedian(), w.frameP95(), w.workMedian(), w.load());
                next += (long) (windowSeconds * 1e9);
            }
            if (!"true".equals(page.locator(".nnp-play").getAttribute("aria-pressed"))) {
                Log.info("  note: training was no longer playing at the end (%s)", page.locator(".nnp-alert").textContent());
            }
            cdp.detach();
        } finally {
            context.close();
        }
        return result;
    }

    /** Checks every view toggle the page offers: discretize, show test data, log scale. */
    private static void everyViewOn(Page page) {
        for (String key : List.of("discretize", "show-test", "log-scale")) {
            Locator box = page.locator("input[data-key=" + key + "]");
            if (box.count() == 0) {
                throw new IllegalStateException("the page has no " + key + " checkbox");
            }
            if (!box.isChecked()) {
                box.check();
            }
        }
    }

    private static void ensurePlaying(Page page) {
        Locator play = page.locator(".nnp-play");
        if (!"true".equals(play.getAttribute("aria-pressed"))) {
            play.click();
        }
        page.waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'true'");
    }

    private static double heapMbAfterGc(CDPSession cdp) {
        cdp.send("HeapProfiler.collectGarbage");
        cdp.send("HeapProfiler.collectGarbage");
        JsonObject usage = cdp.send("Runtime.getHeapUsage");
        return usage.get("usedSize").getAsDouble() / (1024 * 1024);
    }

    /** A heap figure in MB with two decimals, "-" for none. */
    private static String mb(double value) {
        return Double.isNaN(value) ? "-" : Fmt.fixed(value, 2);
    }

    private static JsonObject drain(Page page) {
        return Json.parse((String) page.evaluate("() => JSON.stringify(window.__nnpLong.drain())"));
    }

    private static List<Double> intervals(JsonArray ts) {
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < ts.size(); i++) {
            out.add(ts.get(i).getAsDouble() - ts.get(i - 1).getAsDouble());
        }
        return out;
    }

    private static List<Double> doubles(JsonArray a) {
        List<Double> out = new ArrayList<>();
        for (var v : a) {
            out.add(v.getAsDouble());
        }
        return out;
    }

    /** Writes longrun.md and longrun.json (with the machine's description) into {@code out}. */
    static void write(Path out, List<Result> results, String chromium) throws IOException {
        List<Object> runs = new ArrayList<>();
        for (Result r : results) {
            runs.add(r.toJson());
        }
        Map<String, Object> doc = new LinkedHashMap<>(Machine.describe());
        doc.put("chromium", chromium);
        doc.put("loadAverageAfter", Machine.loadAverage());
        doc.put("runs", runs);
        Files.writeString(out.resolve("longrun.md"), markdown(results), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("longrun.json"), Json.pretty(doc) + "\n", StandardCharsets.UTF_8);
    }

    /** The Markdown section: a summary per build and the windows. */
    static String markdown(List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("## Long run: the page at top speed (").append(TOP_SPEED)
                .append(" epochs/frame), every view on\n\n");
        md.append("JS heap in use after a forced GC (MB), the page's and the training worker's (its own isolate;"
                + " - when no worker ran); frame time = interval between animation frames.\n\n");
        md.append("| workload | build | minutes | heap start | heap max | heap end | growth | worker heap start | max | end | growth"
                + " | frame ms median, first window | last window | last / first | epochs |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            Window first = r.windows.isEmpty() ? null : r.windows.get(0);
            Window last = r.windows.isEmpty() ? null : r.windows.get(r.windows.size() - 1);
            md.append("| ").append(r.workload).append(" | ").append(r.build).append(" | ").append(Fmt.fixed(r.minutes, 1))
                    .append(" | ").append(Fmt.fixed(r.startHeapMb, 2))
                    .append(" | ").append(Fmt.fixed(r.maxHeapMb(), 2))
                    .append(" | ").append(Fmt.fixed(r.endHeapMb(), 2))
                    .append(" | ").append(Fmt.fixed(r.endHeapMb() - r.startHeapMb, 2))
                    .append(" | ").append(mb(r.startWorkerHeapMb))
                    .append(" | ").append(mb(r.maxWorkerHeapMb()))
                    .append(" | ").append(mb(r.endWorkerHeapMb()))
                    .append(" | ").append(mb(r.endWorkerHeapMb() - r.startWorkerHeapMb))
                    .append(" | ").append(first == null ? "-" : Fmt.ms(first.frameMedian()))
                    .append(" | ").append(last == null ? "-" : Fmt.ms(last.frameMedian()))
                    .append(" | ").append(Fmt.ratio(r.frameCreep()))
                    .append(" | ").append(last == null ? "-" : String.format(Locale.ROOT, "%,d", last.epochs()))
                    .append(" |\n");
        }
        for (Result r : results) {
            md.append("\n").append(r.workload).append(", ").append(r.build).append(" build, per window:\n\n");
            md.append("| at s | heap MB | worker heap MB | epoch | loss points | frames | frame ms median / p95 | page callback ms median | load average |\n");
            md.append("|---|---|---|---|---|---|---|---|---|\n");
            for (Window w : r.windows) {
                md.append("| ").append(Fmt.fixed(w.atSeconds(), 0))
                        .append(" | ").append(Fmt.fixed(w.heapMb(), 2))
                        .append(" | ").append(mb(w.workerHeapMb()))
                        .append(" | ").append(String.format(Locale.ROOT, "%,d", w.epochs()))
                        .append(" | ").append(w.lossPoints())
                        .append(" | ").append(w.intervals().size())
                        .append(" | ").append(Fmt.ms(w.frameMedian())).append(" / ").append(Fmt.ms(w.frameP95()))
                        .append(" | ").append(Fmt.ms(w.workMedian()))
                        .append(" | ").append(w.load())
                        .append(" |\n");
            }
        }
        return md.toString();
    }
}
