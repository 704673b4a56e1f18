package org.nnplayground.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nnplayground.browser.Chromium;
import org.nnplayground.tools.SiteServer;

/**
 * The page's frames on each workload it can show, opened by its link: the points' W2 with every
 * view and thumbnail on, and the sequence and image playground's W4 (text, two LSTM layers of 20),
 * W5 (sine, an Elman layer of 8: the unrolled view, output over time, the gradient through time) and
 * W6 (digits, the convnet: filters, feature maps). For each: frame times and the page's own frame
 * callback over a window at speed 1 and at the top speed (1,000 epochs per frame), and the input
 * latency at the top speed: from the moment the runner clicks the play/pause button (a mouse click
 * through the browser's input queue, as a person's) to the start of the first animation frame after
 * the page handled it, the frame that shows the button's new state.
 *
 * <p>Figures are reported, never asserted. Part of {@code -Dbench.parts=page}; alone after a build:
 * {@code java -cp <test classpath> org.nnplayground.bench.LabPageBench [site dir] [seconds] [workloads]}.
 */
public final class LabPageBench {
    /** A workload: its name, the link fragment that opens it and what it is. */
    record Workload(String name, String fragment, String what) {
        boolean points() {
            return !fragment.startsWith("lab=");
        }
    }

    /** The workloads (the lab's links name every key, as the page writes them). */
    static final List<Workload> WORKLOADS = List.of(
            new Workload("W2", "h=8,8,8,8,8,8&act=tanh,tanh,tanh,tanh,tanh,tanh&disc=1&test=1&log=1",
                    "points: circle, 6 x 8 tanh, discretize, test data, log scale"),
            new Workload("W4", "lab=text&len=25&n=100&train=0.8&cell=lstm&h=20,20&emb=5&trunc=0&seed=1&lr=0.01"
                    + "&batch=1&opt=sgd&clip=0&speed=1&sel=1", "text: 100 windows of 25, embedding 5, 2 x LSTM 20, batch 1"),
            new Workload("W5", "lab=sine&len=20&period=10&noise=0&n=200&train=0.8&cell=elman&h=8&act=tanh&trunc=0"
                    + "&seed=1&lr=0.01&batch=1&opt=sgd&clip=0&speed=1&sel=1", "sine: 200 x 20 steps, Elman 8 tanh, batch 1"),
            new Workload("W6", "lab=digits&side=12&n=500&noise=0.3&train=0.8&shift=0&layers=c8k3s1-relu,max,c16k3s1-relu,max"
                    + "&dense=&dact=relu&seed=1&lr=0.1&batch=10&opt=sgd&clip=0&speed=1&sel=1",
                    "digits 12 x 12: conv 3x3x8, pool, conv 3x3x16, pool, dense 10; batch 10"));

    static final String TOP_SPEED = "1000";
    static final int CLICKS = 6;

    /**
     * Injected before the page's scripts: times each of the page's frame callbacks (wrapping
     * requestAnimationFrame), records every frame's start with the runner's own callback, and for
     * every click the start of the next frame.
     */
    static final String PROBE = "(() => {"
            + " const raf = window.requestAnimationFrame.bind(window);"
            + " const p = { raf: raf, work: [], ts: [], clicks: [] }; window.__nnpLab = p;"
            + " window.requestAnimationFrame = function (cb) { return raf(function (t) {"
            + "   const s = performance.now(); try { cb(t); } finally { p.work.push(performance.now() - s); } }); };"
            + " function tick(t) { p.ts.push(t); raf(tick); } raf(tick);"
            + " window.addEventListener('click', () => { const c = { shown: -1 }; p.clicks.push(c);"
            + "   raf(t => { c.shown = t; }); }, true);"
            + " })();";

    /** Frame intervals and the page's frame work over a window, with the epochs trained in it. */
    record Window(List<Double> intervals, List<Double> work, double seconds, int epochs, String load) {
        double fps() {
            return intervals.size() / seconds;
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

        double workP95() {
            return work.isEmpty() ? Double.NaN : new Stats(work).percentile(95);
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("frames", intervals.size());
            m.put("seconds", Stats.round(seconds));
            m.put("fps", Stats.round(fps()));
            m.put("frameMsMedian", Stats.round(frameMedian()));
            m.put("frameMsP95", Stats.round(frameP95()));
            m.put("pageCallbackMsMedian", Stats.round(workMedian()));
            m.put("pageCallbackMsP95", Stats.round(workP95()));
            m.put("epochs", epochs);
            m.put("loadAverage", load);
            return m;
        }
    }

    /** One workload's figures in one build. */
    record Figures(Workload workload, String build, Window speed1, Window top, List<Double> latencies) {
        double latencyMedian() {
            return latencies.isEmpty() ? Double.NaN : new Stats(latencies).median();
        }

        double latencyMax() {
            return latencies.isEmpty() ? Double.NaN : new Stats(latencies).max();
        }
    }

    private LabPageBench() {
    }

    /** Measures every workload named in {@code names} (all when empty) in {@code build}, {@code seconds} per window. */
    static List<Figures> run(Browser browser, Path siteDir, String build, double seconds, List<String> names) throws Exception {
        List<Figures> all = new ArrayList<>();
        try (SiteServer server = SiteServer.start(siteDir, 0)) {
            for (Workload w : WORKLOADS) {
                if (!names.isEmpty() && !names.contains(w.name())) {
                    continue;
                }
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                try {
                    Page page = open(context, server, build, w);
                    Figures f = measure(page, w, build, seconds);
                    all.add(f);
                    Log.info("%s %s: speed 1 %.1f fps, frame median / p95 %.1f / %.1f ms, callback median / p95 %.1f / %.1f ms;"
                            + " top speed %.1f fps, p95 %.1f ms, %.1f epochs/s; click answered %.0f (median) / %.0f ms (max)"
                            + " (load average %s)", w.name(), build, f.speed1().fps(), f.speed1().frameMedian(),
                            f.speed1().frameP95(), f.speed1().workMedian(), f.speed1().workP95(), f.top().fps(),
                            f.top().frameP95(), f.top().epochs() / f.top().seconds(), f.latencyMedian(), f.latencyMax(),
                            f.top().load());
                } finally {
                    context.close();
                }
            }
        }
        return all;
    }

    static Page open(BrowserContext context, SiteServer server, String build, Workload w) {
        Page page = context.newPage();
        page.setDefaultTimeout(120_000);
        page.addInitScript(PROBE);
        page.navigate(server.url() + "?build=" + build + "#" + w.fragment());
        page.waitForFunction("() => window.nnPlaygroundReady !== undefined");
        page.evaluate("() => window.nnPlaygroundReady.then(() => true)");
        page.locator(".nnp-epoch").waitFor();
        ensurePlaying(page);
        return page;
    }

    private static Figures measure(Page page, Workload w, String build, double seconds) {
        Locator speed = page.locator("select[data-key=speed]");
        speed.selectOption("1");
        page.waitForTimeout(1500);
        Window speed1 = window(page, seconds);
        speed.selectOption(TOP_SPEED);
        page.waitForTimeout(1500);
        Window top = window(page, seconds);
        List<Double> latencies = clicks(page);
        return new Figures(w, build, speed1, top, latencies);
    }

    /** Clicks play/pause {@link #CLICKS} times (an even number: it ends playing) and times each answer. */
    static List<Double> clicks(Page page) {
        BoundingBox box = page.locator(".nnp-play").boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        int before = ((Number) page.evaluate("() => window.__nnpLab.clicks.length")).intValue();
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < CLICKS; i++) {
            page.waitForTimeout(200 + 37 * i); // clicks land at different points of a frame
            double sent = System.currentTimeMillis();
            page.mouse().click(x, y);
            Number shown = (Number) page.evaluate("i => new Promise(r => { const p = window.__nnpLab;"
                    + " const w = () => { const c = p.clicks[i]; if (c && c.shown >= 0) { r(performance.timeOrigin + c.shown); }"
                    + "   else { setTimeout(w, 5); } }; w(); })", before + i);
            latencies.add(shown.doubleValue() - sent);
        }
        return latencies;
    }

    /** The frames of a window of at least {@code seconds} (and at least 3 frames). */
    static Window window(Page page, double seconds) {
        JsonObject o = Json.parse((String) page.evaluate("ms => new Promise(r => { const p = window.__nnpLab;"
                + " const epoch = () => parseInt((document.querySelector('.nnp-epoch').textContent || '0').replace(/[^0-9]/g, ''), 10);"
                + " p.ts = []; p.work = []; const e0 = epoch();"
                + " const w = () => { const n = p.ts.length; if (n >= 4 && p.ts[n - 1] - p.ts[0] >= ms) {"
                + "   r(JSON.stringify({ ts: p.ts, work: p.work, e0: e0, e1: epoch() })); } else { setTimeout(w, 20); } }; w(); })",
                seconds * 1000));
        JsonArray ts = o.getAsJsonArray("ts");
        List<Double> intervals = new ArrayList<>();
        for (int i = 1; i < ts.size(); i++) {
            intervals.add(ts.get(i).getAsDouble() - ts.get(i - 1).getAsDouble());
        }
        List<Double> work = new ArrayList<>();
        for (var v : o.getAsJsonArray("work")) {
            work.add(v.getAsDouble());
        }
        double span = (ts.get(ts.size() - 1).getAsDouble() - ts.get(0).getAsDouble()) / 1000;
        return new Window(intervals, work, span, o.get("e1").getAsInt() - o.get("e0").getAsInt(), Machine.loadAverage());
    }

    static void ensurePlaying(Page page) {
        Locator play = page.locator(".nnp-play").first();
        if (!"true".equals(play.getAttribute("aria-pressed"))) {
            play.click();
        }
        page.waitForFunction("() => document.querySelector('.nnp-play').getAttribute('aria-pressed') === 'true'");
    }

    /**
     * Where a frame's time goes, per workload, in the product's page built unminified (function
     * names), in the profiling browser, at speed {@code speed}: a CPU profile of {@code seconds}
     * (saved as {@code lab-<workload>.cpuprofile}; total time per function, the page's calls
     * included) and a Chromium trace of as long (the renderer's main thread: script, style, layout,
     * paint, by event name). Not a timed figure: the profiler and the tracing slow the page.
     */
    static String profile(Browser browser, Path namedSite, Path dir, List<String> names, String speed, double seconds)
            throws Exception {
        StringBuilder md = new StringBuilder("## Where the page's frames go (unminified wasm build, speed " + speed + ")\n");
        try (SiteServer server = SiteServer.start(namedSite, 0)) {
            for (Workload w : WORKLOADS) {
                if (!names.isEmpty() && !names.contains(w.name())) {
                    continue;
                }
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                try {
                    Page page = open(context, server, "wasm", w);
                    page.locator("select[data-key=speed]").selectOption(speed);
                    page.waitForTimeout(1500);
                    List<CpuProfiles.Entry> totals;
                    try (CpuProfiles profiler = new CpuProfiles(page)) {
                        profiler.start();
                        page.waitForTimeout((long) (seconds * 1000));
                        JsonObject profile = profiler.stop();
                        CpuProfiles.save(profile, dir.resolve("lab-" + w.name() + "-speed" + speed + ".cpuprofile"));
                        totals = CpuProfiles.totalTimes(profile);
                    }
                    browser.startTracing(page, new Browser.StartTracingOptions().setCategories(
                            List.of("devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "cc")));
                    page.waitForTimeout((long) (seconds * 1000));
                    byte[] trace = browser.stopTracing();
                    Files.write(dir.resolve("lab-" + w.name() + "-speed" + speed + ".trace.json"), trace);
                    md.append("\n### ").append(w.name()).append(" (load average ").append(Machine.loadAverage()).append(")\n\n");
                    md.append("CPU profile, total time per function (top 40, % of busy samples):\n\n");
                    int n = 0;
                    for (CpuProfiles.Entry e : totals) {
                        md.append(String.format(Locale.ROOT, "- %.1f %% %s (%s)%n", e.percent(), e.function(), e.where()));
                        if (++n == 40) {
                            break;
                        }
                    }
                    md.append("\nTrace, the renderer's main thread, total duration per event name (top 25, nested events"
                            + " counted in each; ms over " + seconds + " s):\n\n");
                    md.append(traceSummary(trace, 25));
                } finally {
                    context.close();
                }
            }
        }
        return md.toString();
    }

    /** The renderer main thread's complete events, summed by name, largest first. */
    static String traceSummary(byte[] trace, int top) {
        JsonObject doc = Json.parse(new String(trace, StandardCharsets.UTF_8));
        JsonArray events = doc.getAsJsonArray("traceEvents");
        Map<String, Integer> mainThreads = new LinkedHashMap<>();
        for (var e : events) {
            JsonObject o = e.getAsJsonObject();
            if ("thread_name".equals(o.has("name") ? o.get("name").getAsString() : "") && o.has("args")
                    && "CrRendererMain".equals(o.getAsJsonObject("args").get("name").getAsString())) {
                mainThreads.put(o.get("pid").getAsString() + "/" + o.get("tid").getAsString(), 1);
            }
        }
        Map<String, double[]> byName = new LinkedHashMap<>();
        for (var e : events) {
            JsonObject o = e.getAsJsonObject();
            if (!o.has("ph") || !o.get("ph").getAsString().equals("X") || !o.has("dur")) {
                continue;
            }
            if (!mainThreads.containsKey(o.get("pid").getAsString() + "/" + o.get("tid").getAsString())) {
                continue;
            }
            double[] v = byName.computeIfAbsent(o.get("name").getAsString(), k -> new double[2]);
            v[0] += o.get("dur").getAsDouble() / 1000;
            v[1]++;
        }
        List<Map.Entry<String, double[]>> list = new ArrayList<>(byName.entrySet());
        list.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(top, list.size()); i++) {
            s.append(String.format(Locale.ROOT, "- %.0f ms %s (%d)%n", list.get(i).getValue()[0], list.get(i).getKey(),
                    (int) list.get(i).getValue()[1]));
        }
        return s.toString();
    }

    /** The figures as a Markdown section. */
    static String markdown(List<Figures> figures, String chromium) {
        StringBuilder s = new StringBuilder("## The page per workload (1,280 x 900, every view the workload shows)\n\n");
        s.append("Chromium ").append(chromium).append(", load average at the end ").append(Machine.loadAverage()).append("\n\n");
        for (Workload w : WORKLOADS) {
            s.append("- ").append(w.name()).append(": ").append(w.what()).append(" (`#").append(w.fragment()).append("`)\n");
        }
        s.append("\n| workload | build | speed 1: fps | frame median / p95 | callback median / p95 | top speed: fps | frame median / p95"
                + " | callback median / p95 | epochs/s | click answered median / max | load average |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Figures f : figures) {
            Window a = f.speed1();
            Window b = f.top();
            s.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f / %.1f ms | %.1f / %.1f ms | %.1f | %.1f / %.1f ms"
                    + " | %.1f / %.1f ms | %s | %.0f / %.0f ms | %s |%n", f.workload().name(), f.build(), a.fps(),
                    a.frameMedian(), a.frameP95(), a.workMedian(), a.workP95(), b.fps(), b.frameMedian(), b.frameP95(),
                    b.workMedian(), b.workP95(), String.format(Locale.ROOT, "%,.1f", b.epochs() / b.seconds()), f.latencyMedian(), f.latencyMax(), b.load()));
        }
        return s.toString();
    }

    /** The figures for report.json. */
    static List<Object> json(List<Figures> figures) {
        List<Object> out = new ArrayList<>();
        for (Figures f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workload", f.workload().name());
            m.put("link", f.workload().fragment());
            m.put("build", f.build());
            m.put("speed1", f.speed1().toJson());
            m.put("topSpeed", f.top().toJson());
            m.put("clickAnsweredMs", f.latencies().stream().map(Stats::round).toList());
            out.add(m);
        }
        return out;
    }

    /** Runs alone: {@code [site dir] [seconds per window] [workloads, e.g. W4,W6] [builds]}; writes labpage.md. */
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args.length > 0 ? args[0] : "target/site").toAbsolutePath();
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> names = args.length > 2 && !args[2].isEmpty() ? List.of(args[2].split(",")) : List.of();
        List<String> builds = List.of((args.length > 3 ? args[3] : "wasm").split(","));
        Path out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
        String profileSpeed = System.getProperty("bench.lab.profile");
        try (Playwright playwright = Chromium.createPlaywright()) {
            if (profileSpeed != null) {
                // The profile alone: [named site dir] [seconds] [workloads]; writes lab-profile.md.
                Browser profiling = Chromium.launch(playwright, List.of("--js-flags=" + BenchRunner.PROFILE_FLAGS));
                Files.createDirectories(out.resolve("profiles"));
                String md = profile(profiling, site, out.resolve("profiles"), names, profileSpeed, seconds);
                Files.writeString(out.resolve("lab-profile.md"), md, StandardCharsets.UTF_8);
                System.out.println(md);
                profiling.close();
                return;
            }
            Browser browser = Chromium.launch(playwright);
            List<Figures> figures = new ArrayList<>();
            for (String b : builds) {
                figures.addAll(run(browser, site, b, seconds, names));
            }
            String md = markdown(figures, browser.version());
            Files.createDirectories(out);
            Files.writeString(out.resolve("labpage.md"), md, StandardCharsets.UTF_8);
            System.out.println(md);
            browser.close();
        }
    }
}
