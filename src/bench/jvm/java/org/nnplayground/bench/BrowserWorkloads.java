package org.nnplayground.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.tools.SiteServer;

/**
 * W1 to W6 and G in headless Chromium, on the benchmark page (target/bench/site): the TeaVM
 * wasm-gc build, the TeaVM JS build and the hand-written reference, all in one page; on W4 to W6
 * also the peers (brain.js, convnetjs, TensorFlow.js, see peers.js), which join the same rounds.
 *
 * <p>Per workload: warm-up repetitions of each implementation, then {@code reps} timed
 * repetitions in which the implementations take turns (the order rotates each round), so that the
 * three see the same machine load and their ratios stay meaningful on a shared machine. Every
 * repetition starts from epoch 0 (untimed reset). After the first warm-up the training losses of
 * the three are compared, and the grid checksums likewise, to show that they computed the same.
 */
final class BrowserWorkloads {
    static final List<String> IMPLS = List.of("wasm", "js", "ref");
    private static final int WARMUPS = 3;
    private static final int PROFILE_MIN_MS = 1000;

    /** Results of one workload. */
    static final class Result {
        final Workload workload;
        final JsonObject description;
        final Map<String, Stats> trainMs = new LinkedHashMap<>();
        final Map<String, Double> trainLoss = new LinkedHashMap<>();
        final Map<String, Stats> gridMs = new LinkedHashMap<>();
        final Map<String, Double> gridChecksum = new LinkedHashMap<>();
        final Map<String, List<CpuProfiles.Entry>> trainProfile = new LinkedHashMap<>();
        final Map<String, List<CpuProfiles.Entry>> gridProfile = new LinkedHashMap<>();
        /** The peers of a workload of layers, as the page describes them (id, name, available, reason, unitsPerRep, calls). */
        final List<JsonObject> peers = new ArrayList<>();
        /** ms per repetition of each available peer, by id. */
        final Map<String, Stats> peerMs = new LinkedHashMap<>();

        Result(Workload workload, JsonObject description) {
            this.workload = workload;
            this.description = description;
        }

        int samples() {
            return description.get("samples").getAsInt();
        }

        /** Units (characters, steps, images) of one repetition of the Java builds and the reference. */
        double unitsPerRep() {
            return (double) workload.epochsPerRep() * samples() * workload.unitsPerSample();
        }
    }

    private final Page page;
    private final int reps;

    private BrowserWorkloads(Page page, int reps) {
        this.page = page;
        this.reps = reps;
    }

    /** Timed runs of every workload, then the pieces, on the minified builds (as the product ships them). */
    static List<Result> run(Browser browser, Path benchSite, int reps, Pieces pieces) throws Exception {
        List<Result> results = new ArrayList<>();
        onPage(browser, benchSite, "", page -> {
            BrowserWorkloads bench = new BrowserWorkloads(page, reps);
            for (Workload w : selected()) {
                results.add(bench.measure(w));
            }
            bench.measurePieces(pieces);
        });
        return results;
    }

    /**
     * CPU profiles of each workload, on the unminified builds (function names) in a browser that
     * should be started without V8's inlining, so that each function keeps its own samples. The
     * profiled runs are not timed figures.
     */
    static void profile(Browser browser, Path benchSite, List<Result> results, Path profileDir) throws Exception {
        onPage(browser, benchSite, "?builds=named", page -> {
            BrowserWorkloads bench = new BrowserWorkloads(page, 1);
            for (Result r : results) {
                page.evaluate("w => { bench.prepare(w); }", r.workload.name());
                bench.profile(r, profileDir);
            }
        });
    }

    /** The workloads named by the system property {@code bench.workloads} (default all, W1 to W6). */
    static List<Workload> selected() {
        String names = System.getProperty("bench.workloads", "");
        if (names.isBlank()) {
            return List.of(Workload.values());
        }
        List<Workload> list = new ArrayList<>();
        for (String n : names.split(",")) {
            list.add(Workload.byName(n.trim()));
        }
        return list;
    }

    private interface PageTask {
        void run(Page page) throws Exception;
    }

    private static void onPage(Browser browser, Path benchSite, String query, PageTask task) throws Exception {
        try (SiteServer server = SiteServer.start(benchSite, 0)) {
            BrowserContext context = browser.newContext();
            try {
                Page page = context.newPage();
                page.onConsoleMessage(m -> {
                    if ("error".equals(m.type()) || "warning".equals(m.type())) {
                        System.err.println("[bench page] " + m.type() + ": " + m.text());
                    }
                });
                page.onPageError(e -> System.err.println("[bench page] error: " + e));
                page.navigate(server.url() + query);
                page.waitForFunction("() => window.bench !== undefined");
                page.evaluate("() => bench.ready");
                task.run(page);
            } finally {
                context.close();
            }
        }
    }

    private Result measure(Workload w) {
        String name = w.name();
        JsonObject desc = Json.parse((String) page.evaluate("w => JSON.stringify(bench.prepare(w))", name));
        Result result = new Result(w, desc);
        int epochs = w.epochsPerRep();
        Log.info("%s (%s): %d samples, %d epochs per repetition; shuffle order agrees with Java: %s",
                name, w.title(), result.samples(), epochs, desc.get("shuffleAgrees").getAsBoolean());
        for (int i = 0; i < WARMUPS; i++) {
            for (String impl : IMPLS) {
                reset(impl, name);
                double ms = train(impl, name, epochs);
                if (i == 0) {
                    result.trainLoss.put(impl, loss(impl, name));
                }
                Log.info("  warm-up %d %-4s %9.1f ms", i + 1, impl, ms);
            }
        }
        List<String> impls = new ArrayList<>(IMPLS);
        if (w.layered()) {
            impls.addAll(setUpPeers(result));
        }
        Map<String, List<Double>> times = timed(reps, impls, impl -> {
            if (IMPLS.contains(impl)) {
                reset(impl, name);
                return train(impl, name, epochs);
            }
            page.evaluate("id => bench.peerReset(id)", impl);
            return number(page.evaluate("id => bench.peerTrain(id)", impl));
        });
        times.forEach((impl, values) -> (IMPLS.contains(impl) ? result.trainMs : result.peerMs).put(impl, new Stats(values)));
        for (String impl : IMPLS) {
            Stats s = result.trainMs.get(impl);
            Log.info("  %-4s median %9.1f ms per %d epochs = %,12.0f %s/s", impl, s.median(), epochs,
                    result.unitsPerRep() / (s.median() / 1000), w.unit());
        }
        for (JsonObject peer : result.peers) {
            String id = peer.get("id").getAsString();
            if (result.peerMs.containsKey(id)) {
                Stats s = result.peerMs.get(id);
                Log.info("  %-14s median %9.1f ms = %,12.0f %s/s", id, s.median(),
                        peer.get("unitsPerRep").getAsDouble() / (s.median() / 1000), w.unit());
            }
        }
        if (w.hasGrid()) {
            int gridReps = w.gridRepsPerRep();
            for (String impl : IMPLS) {
                reset(impl, name);
                for (int i = 0; i < WARMUPS; i++) {
                    grid(impl, name, gridReps);
                }
                result.gridChecksum.put(impl, gridChecksum(impl, name));
            }
            Map<String, List<Double>> gridTimes = timed(reps, IMPLS, impl -> grid(impl, name, gridReps));
            gridTimes.forEach((impl, values) -> result.gridMs.put(impl, new Stats(values)));
            for (String impl : IMPLS) {
                Log.info("  G %-4s median %8.3f ms per 100 x 100 grid", impl, result.gridMs.get(impl).median() / gridReps);
            }
        }
        return result;
    }

    /**
     * Loads and sets up the workload's peers on the page (each trains once there), warms up the
     * available ones and returns their ids; the unavailable ones are kept in the result with why.
     */
    private List<String> setUpPeers(Result result) {
        String name = result.workload.name();
        String json = (String) page.evaluate("w => bench.peers(w).then(p => JSON.stringify(p))", name);
        List<String> ids = new ArrayList<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonArray()) {
            JsonObject peer = e.getAsJsonObject();
            result.peers.add(peer);
            String id = peer.get("id").getAsString();
            if (!peer.get("available").getAsBoolean()) {
                Log.info("  peer %s not measured: %s", id, peer.get("reason").getAsString());
                continue;
            }
            for (int i = 0; i < WARMUPS - 1; i++) {
                page.evaluate("id => bench.peerReset(id)", id);
                double ms = number(page.evaluate("id => bench.peerTrain(id)", id));
                Log.info("  warm-up %d %-14s %9.1f ms", i + 2, id, ms);
            }
            ids.add(id);
        }
        return ids;
    }

    /** Per-call costs of pieces of the training loop, each implementation in turn, reps rounds. */
    private void measurePieces(Pieces pieces) {
        Log.info("Pieces: tanh, shuffle, Trainer.status()");
        int tanhN = 10_000;
        int tanhReps = 100;
        pieces.put("tanh", "ns per call", timedPiece(impl -> page.evaluate("([impl, n, r]) => bench.tanh(impl, n, r)",
                List.of(impl, tanhN, tanhReps)), 1e6 / ((double) tanhN * tanhReps), IMPLS));
        for (Workload w : Workload.values()) {
            if (w.layered()) {
                continue;
            }
            int n = w.newTrainer().trainData().size();
            int shuffles = 400_000 / n;
            pieces.put("shuffle " + n, "µs per shuffle", timedPiece(impl -> page.evaluate(
                    "([impl, n, r]) => bench.shuffle(impl, n, r)", List.of(impl, n, shuffles)), 1e3 / shuffles, IMPLS));
        }
        for (Workload w : Workload.values()) {
            if (w.layered()) {
                continue;
            }
            int calls = w == Workload.W3 ? 5 : 50;
            pieces.put("status " + w.name(), "ms per call", timedPiece(impl -> {
                reset(impl, w.name());
                return page.evaluate("([impl, w, r]) => bench.status(impl, w, r)", List.of(impl, w.name(), calls));
            }, 1.0 / calls, List.of("wasm", "js")));
        }
    }

    private interface Piece {
        Object run(String impl);
    }

    /** Warm-up once, then reps rounds; each value is ms times {@code scale}. */
    private Map<String, Stats> timedPiece(Piece piece, double scale, List<String> impls) {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (String impl : impls) {
            piece.run(impl);
            values.put(impl, new ArrayList<>());
        }
        for (int r = 0; r < reps; r++) {
            for (int k = 0; k < impls.size(); k++) {
                String impl = impls.get((r + k) % impls.size());
                values.get(impl).add(number(piece.run(impl)) * scale);
            }
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        values.forEach((impl, v) -> stats.put(impl, new Stats(v)));
        return stats;
    }

    /** CPU profiles (sampling, not timed figures) of one repetition or more of each implementation. */
    private void profile(Result result, Path profileDir) {
        String name = result.workload.name();
        int epochs = result.workload.epochsPerRep();
        try (CpuProfiles profiler = new CpuProfiles(page)) {
            for (String impl : IMPLS) {
                for (int i = 0; i < WARMUPS; i++) { // this page's code is fresh: let it reach its top tier first
                    reset(impl, name);
                    train(impl, name, epochs);
                    if (result.workload.hasGrid()) {
                        grid(impl, name, result.workload.gridRepsPerRep());
                    }
                }
                reset(impl, name);
                profiler.start();
                double spent = 0;
                while (spent < PROFILE_MIN_MS) {
                    reset(impl, name);
                    spent += train(impl, name, epochs);
                }
                JsonObject profile = profiler.stop();
                result.trainProfile.put(impl, CpuProfiles.selfTimes(profile));
                CpuProfiles.save(profile, profileDir.resolve(name + "-train-" + impl + ".cpuprofile"));
                if (result.workload.hasGrid()) {
                    profiler.start();
                    spent = 0;
                    while (spent < PROFILE_MIN_MS) {
                        spent += grid(impl, name, result.workload.gridRepsPerRep());
                    }
                    profile = profiler.stop();
                    result.gridProfile.put(impl, CpuProfiles.selfTimes(profile));
                    CpuProfiles.save(profile, profileDir.resolve(name + "-grid-" + impl + ".cpuprofile"));
                }
            }
        }
    }

    private interface Measurement {
        double run(String impl);
    }

    /** reps rounds; in round r the implementations run in an order rotated by r. */
    private static Map<String, List<Double>> timed(int reps, List<String> impls, Measurement m) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String impl : impls) {
            times.put(impl, new ArrayList<>());
        }
        for (int r = 0; r < reps; r++) {
            for (int k = 0; k < impls.size(); k++) {
                String impl = impls.get((r + k) % impls.size());
                times.get(impl).add(m.run(impl));
            }
        }
        return times;
    }

    private void reset(String impl, String w) {
        page.evaluate("([impl, w]) => bench.reset(impl, w)", List.of(impl, w));
    }

    private double train(String impl, String w, int epochs) {
        return number(page.evaluate("([impl, w, e]) => bench.train(impl, w, e)", List.of(impl, w, epochs)));
    }

    private double loss(String impl, String w) {
        return number(page.evaluate("([impl, w]) => bench.loss(impl, w)", List.of(impl, w)));
    }

    private double grid(String impl, String w, int reps) {
        return number(page.evaluate("([impl, w, r]) => bench.grid(impl, w, r)", List.of(impl, w, reps)));
    }

    private double gridChecksum(String impl, String w) {
        return number(page.evaluate("([impl, w]) => bench.gridChecksum(impl, w)", List.of(impl, w)));
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }
}
