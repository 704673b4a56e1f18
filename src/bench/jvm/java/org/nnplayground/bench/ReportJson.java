package org.nnplayground.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as JSON: every repetition, medians, ratios, agreement checks, pieces, page figures, profiles. */
final class ReportJson {
    private final Report report;

    ReportJson(Report report) {
        this.report = report;
    }

    Map<String, Object> json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("machine", report.machine);
        root.put("repetitions", report.reps);
        List<Object> train = new ArrayList<>();
        List<Object> grid = new ArrayList<>();
        for (Workload w : Workload.values()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("workload", w.name());
            t.put("title", w.title());
            t.put("samples", report.samples(w));
            t.put("epochsPerRep", w.epochsPerRep());
            t.put("unit", w.unit());
            t.put("unitsPerSample", w.unitsPerSample());
            Map<String, Object> impls = new LinkedHashMap<>();
            for (String impl : List.of("wasm", "js", "ref", "jvm")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", Report.IMPL_NAMES.get(impl));
                m.put("msPerRep", raw(w, impl, true));
                m.put("sampleUpdatesPerSecond", Stats.round(report.samplesPerSecond(w, impl)));
                m.put("epochsPerSecond", Stats.round(report.epochsPerSecond(w, impl)));
                m.put("unitsPerSecond", Stats.round(report.unitsPerSecond(w, impl)));
                if (!impl.equals("ref")) {
                    m.put("throughputVsReference", Stats.round(report.trainRatio(w, impl)));
                    m.put("throughputVsReferenceFastestReps", Stats.round(report.trainMinMs(w, "ref") / report.trainMinMs(w, impl)));
                }
                impls.put(impl, m);
            }
            t.put("results", impls);
            BrowserWorkloads.Result r = report.browser(w);
            if (r != null) {
                t.put("trainLossAfterOneRep", r.trainLoss);
                t.put("shuffleOrderAgrees", r.description.get("shuffleAgrees").getAsBoolean());
                t.put("profiles", profileJson(r.trainProfile));
                List<Object> peers = new ArrayList<>();
                for (com.google.gson.JsonObject peer : r.peers) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (String key : List.of("id", "name", "reason", "calls", "net")) {
                        m.put(key, peer.get(key).getAsString());
                    }
                    m.put("available", peer.get("available").getAsBoolean());
                    m.put("sameNetwork", peer.get("sameNetwork").getAsBoolean());
                    m.put("unitsPerRep", peer.get("unitsPerRep").getAsDouble());
                    Stats s = r.peerMs.get(peer.get("id").getAsString());
                    if (s != null) {
                        m.put("msPerRep", s.toJson("ms per rep"));
                        m.put("unitsPerSecond", Stats.round(LayeredReport.peerUnitsPerSecond(report, w, peer)));
                        m.put("wasmVsPeer", Stats.round(report.unitsPerSecond(w, "wasm") / LayeredReport.peerUnitsPerSecond(report, w, peer)));
                    }
                    peers.add(m);
                }
                t.put("peers", peers);
            }
            train.add(t);
            if (w.hasGrid()) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("network", w.name());
                g.put("points", Workload.GRID_SIDE * Workload.GRID_SIDE);
                g.put("gridsPerRep", w.gridRepsPerRep());
                Map<String, Object> gi = new LinkedHashMap<>();
                for (String impl : List.of("wasm", "js", "ref", "jvm")) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", Report.IMPL_NAMES.get(impl));
                    m.put("method", impl.equals("ref") ? "point by point" : "GridEvaluator, layer by layer");
                    m.put("msPerGrid", Stats.round(report.gridMs(w, impl)));
                    m.put("msPerRep", raw(w, impl, false));
                    if (!impl.equals("ref")) {
                        m.put("timeVsReference", Stats.round(report.gridMs(w, impl) / report.gridMs(w, "ref")));
                        m.put("timeVsReferenceFastestReps", Stats.round(report.gridMinMs(w, impl) / report.gridMinMs(w, "ref")));
                    }
                    gi.put(impl, m);
                }
                g.put("results", gi);
                if (r != null) {
                    g.put("checksums", r.gridChecksum);
                    g.put("profiles", profileJson(r.gridProfile));
                }
                grid.add(g);
            }
        }
        root.put("train", train);
        root.put("grid", grid);
        Map<String, Object> pieceJson = new LinkedHashMap<>();
        report.pieces.all.forEach((name, piece) -> {
            Map<String, Object> byImpl = new LinkedHashMap<>();
            piece.byImpl().forEach((impl, stats) -> byImpl.put(impl, stats.toJson(piece.unit())));
            pieceJson.put(name, byImpl);
        });
        root.put("pieces", pieceJson);
        if (report.labPage != null) {
            root.put("pagePerWorkload", LabPageBench.json(report.labPage));
        }
        if (report.page != null) {
            root.put("page", pageJson());
        }
        return root;
    }

    private Object raw(Workload w, String impl, boolean train) {
        if (impl.equals("jvm")) {
            Stats s = report.jmh.get((train ? "train/" : "grid/") + w.name());
            return s == null ? null : s.toJson(train ? "ms per rep (JMH iteration average)" : "ms per grid (JMH iteration average)");
        }
        BrowserWorkloads.Result r = report.browser(w);
        Map<String, Stats> m = r == null ? Map.of() : (train ? r.trainMs : r.gridMs);
        return m.containsKey(impl) ? m.get(impl).toJson("ms per rep") : null;
    }

    private static Map<String, Object> profileJson(Map<String, List<CpuProfiles.Entry>> profiles) {
        Map<String, Object> m = new LinkedHashMap<>();
        profiles.forEach((impl, entries) -> {
            List<Object> top = new ArrayList<>();
            for (CpuProfiles.Entry e : entries.subList(0, Math.min(15, entries.size()))) {
                top.add(e.toJson());
            }
            m.put(impl, top);
        });
        return m;
    }

    private Map<String, Object> pageJson() {
        PageBench.Result p = report.page;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("build", p.build);
        m.put("firstFrameMs", new Stats(p.firstFrameMs).toJson("ms after navigation start"));
        m.put("bytes", p.rawBytes);
        m.put("gzipBytes", p.gzipBytes);
        m.put("files", p.files);
        m.put("jsFallbackGzipBytes", p.jsFallbackGzipBytes);
        if (p.w2 != null) {
            Map<String, Object> w2 = new LinkedHashMap<>(p.w2.toJson());
            w2.put("network", p.w2Network);
            m.put("w2Speed1AllViews", w2);
        }
        Map<String, Object> ladder = new LinkedHashMap<>();
        p.speeds.forEach((speed, f) -> ladder.put(Integer.toString(speed), f.toJson()));
        m.put("w1SpeedLadder", ladder);
        m.put("w1TopSpeedEpochsPerFrame", p.topSpeed);
        m.put("w1TopSpeedEpochsPerSecond", p.topSpeedFrames == null ? 0 : Stats.round(p.topSpeedFrames.epochsPerSecond()));
        List<Object> profile = new ArrayList<>();
        for (CpuProfiles.Entry e : p.w2Profile.subList(0, Math.min(20, p.w2Profile.size()))) {
            profile.add(e.toJson());
        }
        m.put("w2Profile", profile);
        return m;
    }
}
