package org.nnplayground.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nnplayground.browser.Chromium;

/**
 * The benchmark command's program ({@code ./mvnw -Pbench verify} runs it after the build): JMH on
 * the JVM, then the workloads in headless Chromium, then the real page; writes
 * {@code report.md} and {@code report.json} to {@code bench.out} and prints the Markdown.
 *
 * <p>System properties: {@code bench.out} (default target/bench), {@code bench.site} (the
 * benchmark page, default target/bench/site), {@code site.dir} (the product's site, default
 * target/site), {@code bench.namedPage} (the product's page built unminified, for its CPU profile,
 * default target/bench/page-named), {@code bench.parts} (any of jmh, workloads, page, longrun, scale, size),
 * {@code bench.workloads} (which workloads the browser part measures, default all: W1,W2,...,W6),
 * {@code bench.reps} (default 7), {@code bench.longrun.minutes} (default 10, per workload and build),
 * {@code bench.longrun.builds} (default wasm), {@code bench.longrun.workloads} (default W2,W4,W6),
 * {@code bench.lab.seconds} (each window of {@link LabPageBench}, default 10), {@code bench.longrun.window} (seconds, default 30).
 * The long run writes {@code longrun.md} and {@code longrun.json} as well; the part {@code scale}
 * (large networks on the page, {@link ScaleBench}) writes {@code scale.md}; the part {@code size}
 * ({@link SizeBench}: {@code bench.size}, the size builds' directory, default target/bench/size;
 * {@code bench.binaryen} and {@code bench.wasmOptCache}, the wasm-opt of the product's build) writes
 * {@code size.md}.
 */
public final class BenchRunner {
    /** V8 flags of the profiling browser: no inlining, so that every function keeps its own samples. */
    static final String PROFILE_FLAGS = "--no-turbo-inlining --no-maglev-inlining --no-wasm-inlining";

    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(System.getProperty("bench.out", "target/bench")).toAbsolutePath();
        Path benchSite = Path.of(System.getProperty("bench.site", out.resolve("site").toString())).toAbsolutePath();
        Path site = Path.of(System.getProperty("site.dir", "target/site")).toAbsolutePath();
        Path namedPage = Path.of(System.getProperty("bench.namedPage", out.resolve("page-named").toString())).toAbsolutePath();
        Set<String> parts = new LinkedHashSet<>(List.of(System.getProperty("bench.parts", "jmh,workloads,page").split(",")));
        int reps = Integer.getInteger("bench.reps", 7);
        Files.createDirectories(out);
        Path profiles = out.resolve("profiles");

        Report report = new Report(reps, Machine.describe());
        long started = System.nanoTime();
        if (parts.contains("jmh")) {
            Log.info("JMH on the JVM (3 x 1 s warm-up, 5 x 1 s measured, 1 fork per benchmark)");
            report.jmh = JmhBench.run(out);
        }
        List<LongRunBench.Result> longRun = List.of();
        if (parts.contains("size")) {
            Log.info("Size: the page's files, the named module's attribution, the split builds (wasm-opt -Oz)");
            String md = SizeBench.run(site, namedPage,
                    Path.of(System.getProperty("bench.size", out.resolve("size").toString())).toAbsolutePath(),
                    System.getProperty("bench.binaryen", "132.0.0"),
                    Path.of(System.getProperty("bench.wasmOptCache", System.getProperty("user.home") + "/.cache/nn-playground")),
                    out);
            System.out.println(md);
            if (parts.size() == 1) {
                return;
            }
        }
        if (parts.contains("scale")) {
            try (Playwright playwright = Chromium.createPlaywright()) {
                Browser browser = Chromium.launch(playwright);
                List<ScaleBench.Figures> figures = new java.util.ArrayList<>();
                for (String build : List.of("wasm", "js")) {
                    figures.addAll(ScaleBench.run(browser, site, build, 5));
                }
                String md = ScaleBench.markdown(figures, browser.version());
                Files.writeString(out.resolve("scale.md"), md, StandardCharsets.UTF_8);
                System.out.println(md);
                browser.close();
            }
            if (parts.size() == 1) {
                return;
            }
        }
        if (parts.contains("workloads") || parts.contains("page") || parts.contains("longrun")) {
            try (Playwright playwright = Chromium.createPlaywright()) {
                Browser browser = Chromium.launch(playwright);
                report.machine.put("chromium", browser.version());
                if (parts.contains("workloads")) {
                    report.machine.put("peers (npm)", PeerScripts.install(benchSite, out.resolve("npm")).toString());
                    Log.info("Workloads in headless Chromium %s: %d repetitions each", browser.version(), reps);
                    report.workloads = BrowserWorkloads.run(browser, benchSite, reps, report.pieces);
                }
                if (parts.contains("page")) {
                    Log.info("The playground page (%s)", site);
                    report.page = PageBench.run(browser, site);
                    double seconds = Double.parseDouble(System.getProperty("bench.lab.seconds", "10"));
                    report.labPage = LabPageBench.run(browser, site, "wasm", seconds, List.of());
                    report.labPageMarkdown = LabPageBench.markdown(report.labPage, browser.version());
                    Files.writeString(out.resolve("labpage.md"), report.labPageMarkdown, StandardCharsets.UTF_8);
                }
                if (parts.contains("longrun")) {
                    double minutes = Double.parseDouble(System.getProperty("bench.longrun.minutes", "10"));
                    double window = Double.parseDouble(System.getProperty("bench.longrun.window", "30"));
                    List<String> builds = List.of(System.getProperty("bench.longrun.builds", "wasm").split(","));
                    List<String> workloads = List.of(System.getProperty("bench.longrun.workloads", "W2,W4,W6").split(","));
                    longRun = LongRunBench.run(browser, site, builds, workloads, minutes, window);
                    LongRunBench.write(out, longRun, browser.version());
                }
                browser.close();
                if (parts.contains("workloads") || parts.contains("page")) {
                    Log.info("CPU profiles (unminified builds, V8 inlining off: %s)", PROFILE_FLAGS);
                    Browser profiling = Chromium.launch(playwright, List.of("--js-flags=" + PROFILE_FLAGS));
                    if (parts.contains("workloads")) {
                        BrowserWorkloads.profile(profiling, benchSite, report.workloads, profiles);
                    }
                    if (parts.contains("page")) {
                        PageBench.profile(profiling, namedPage, report.page, profiles);
                        Files.writeString(out.resolve("lab-profile.md"),
                                LabPageBench.profile(profiling, namedPage, profiles, List.of(), "1", 3), StandardCharsets.UTF_8);
                    }
                    profiling.close();
                }
            }
        }
        if (!parts.contains("jmh") && !parts.contains("workloads") && !parts.contains("page")) {
            // Only the long run: its own files; an earlier full report stays as it was.
            System.out.println();
            System.out.println(LongRunBench.markdown(longRun));
            Log.info("wrote %s and %s", out.resolve("longrun.md"), out.resolve("longrun.json"));
            return;
        }
        report.machine.put("loadAverageAfter", Machine.loadAverage());
        report.machine.put("benchSeconds", Math.round((System.nanoTime() - started) / 1e9));
        String markdown = report.markdown() + (longRun.isEmpty() ? "" : "\n" + LongRunBench.markdown(longRun));
        Files.writeString(out.resolve("report.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.json"), Json.pretty(report.json()) + "\n", StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        Log.info("wrote %s and %s (CPU profiles in %s)", out.resolve("report.md"), out.resolve("report.json"), profiles);
    }
}
