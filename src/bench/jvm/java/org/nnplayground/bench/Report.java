package org.nnplayground.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run as Markdown (for people) and as JSON (for tools), with the
 * ratios against the hand-written reference and the targets of issue 6 (reported, never asserted).
 */
final class Report {
    static final Map<String, String> IMPL_NAMES = Map.of("wasm", "wasm-gc", "js", "JS", "ref", "reference JS",
            "jvm", "JVM (JMH)");
    private static final double KB = 1000;

    final int reps;
    final Map<String, Object> machine;
    Map<String, Stats> jmh = Map.of();
    List<BrowserWorkloads.Result> workloads = List.of();
    final Pieces pieces = new Pieces();
    PageBench.Result page;
    /** The page per workload (W2, W4, W5, W6 by their links), and its Markdown section. */
    List<LabPageBench.Figures> labPage;
    String labPageMarkdown;
    private final LayeredReport layered = new LayeredReport(this);

    Report(int reps, Map<String, Object> machine) {
        this.reps = reps;
        this.machine = machine;
    }

    // ---- figures ----

    BrowserWorkloads.Result browser(Workload w) {
        for (BrowserWorkloads.Result r : workloads) {
            if (r.workload == w) {
                return r;
            }
        }
        return null;
    }

    static int samples(Workload w) {
        return w.newTrainer().trainData().size();
    }

    /** Median ms per repetition (epochsPerRep epochs) of an implementation, or NaN when not measured. */
    double trainMs(Workload w, String impl) {
        if (impl.equals("jvm")) {
            Stats s = jmh.get("train/" + w.name());
            return s == null ? Double.NaN : s.median();
        }
        BrowserWorkloads.Result r = browser(w);
        return r == null || !r.trainMs.containsKey(impl) ? Double.NaN : r.trainMs.get(impl).median();
    }

    /** The fastest repetition (ms), or NaN: the figure least disturbed by other processes. */
    double trainMinMs(Workload w, String impl) {
        Stats s = impl.equals("jvm") ? jmh.get("train/" + w.name())
                : (browser(w) == null ? null : browser(w).trainMs.get(impl));
        return s == null ? Double.NaN : s.min();
    }

    double gridMinMs(Workload w, String impl) {
        if (impl.equals("jvm")) {
            Stats s = jmh.get("grid/" + w.name());
            return s == null ? Double.NaN : s.min();
        }
        Stats s = browser(w) == null ? null : browser(w).gridMs.get(impl);
        return s == null ? Double.NaN : s.min() / w.gridRepsPerRep();
    }

    /** Median ms per grid evaluation, or NaN. */
    double gridMs(Workload w, String impl) {
        if (impl.equals("jvm")) {
            Stats s = jmh.get("grid/" + w.name());
            return s == null ? Double.NaN : s.median();
        }
        BrowserWorkloads.Result r = browser(w);
        return r == null || !r.gridMs.containsKey(impl) ? Double.NaN : r.gridMs.get(impl).median() / w.gridRepsPerRep();
    }

    double samplesPerSecond(Workload w, String impl) {
        return (double) w.epochsPerRep() * samples(w) / (trainMs(w, impl) / 1000);
    }

    /** Characters, sequence steps or images per second (W4 to W6; sample-updates for W1 to W3). */
    double unitsPerSecond(Workload w, String impl) {
        return samplesPerSecond(w, impl) * w.unitsPerSample();
    }

    double epochsPerSecond(Workload w, String impl) {
        return w.epochsPerRep() / (trainMs(w, impl) / 1000);
    }

    /** Throughput of impl over the reference's (above 1: faster than the reference). */
    double trainRatio(Workload w, String impl) {
        return trainMs(w, "ref") / trainMs(w, impl);
    }

    // ---- Markdown ----

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# nn-playground benchmark\n\n");
        md.append("Medians of ").append(reps).append(" repetitions after warm-up (JMH: median of 5 one-second iterations). ")
                .append("Ratios are against the hand-written JavaScript reference measured in the same page and run; ")
                .append("above 1 means faster than the reference. The machine was shared with other work: absolute ")
                .append("figures are noisy, ratios taken side by side less so.\n\n");
        trainTable(md);
        layered.throughput(md);
        layered.peers(md);
        gridTable(md);
        agreement(md);
        pageSection(md);
        if (labPageMarkdown != null) {
            md.append(labPageMarkdown.replace("## ", "### ")).append("\n");
        }
        piecesSection(md);
        targets(md);
        profiles(md);
        machineTable(md);
        return md.toString();
    }

    private void trainTable(StringBuilder md) {
        md.append("## Training throughput: sample-updates per second (epochs per second)\n\n");
        md.append("| workload | wasm-gc | JS | reference JS | JVM (JMH) | wasm-gc / ref | JS / ref | JVM / ref |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Workload w : Workload.values()) {
            if (w.layered()) {
                continue;
            }
            md.append("| ").append(w.name()).append(' ').append(w.title()).append(" (").append(samples(w))
                    .append(" samples, ").append(w.epochsPerRep()).append(w.epochsPerRep() == 1 ? " epoch" : " epochs")
                    .append(" per rep)");
            for (String impl : List.of("wasm", "js", "ref", "jvm")) {
                md.append(" | ").append(Fmt.rate(samplesPerSecond(w, impl))).append(" (")
                        .append(Fmt.epochs(epochsPerSecond(w, impl))).append(')');
            }
            for (String impl : List.of("wasm", "js", "jvm")) {
                md.append(" | ").append(Fmt.ratio(trainRatio(w, impl)));
            }
            md.append(" |\n");
        }
        md.append("\nThe same ratios from each implementation's fastest repetition (least disturbed by other processes): ");
        md.append(fastestRatios(false)).append(".\n\n");
    }

    /** The ratios against the reference from each implementation's fastest repetition, for W1-W3 or W4-W6. */
    String fastestRatios(boolean layered) {
        List<String> rows = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (w.layered() != layered) {
                continue;
            }
            List<String> r = new ArrayList<>();
            for (String impl : List.of("wasm", "js", "jvm")) {
                r.add(IMPL_NAMES.get(impl) + " " + Fmt.ratio(trainMinMs(w, "ref") / trainMinMs(w, impl)));
            }
            rows.add(w.name() + ": " + String.join(", ", r));
        }
        return String.join("; ", rows);
    }

    private void gridTable(StringBuilder md) {
        md.append("## Heatmap G: one 100 x 100 grid, every neuron's output kept (ms per grid)\n\n");
        md.append("Java: the core's GridEvaluator (layer by layer over the whole grid). Reference: point by point. ")
                .append("Ratio = time / reference time (target: at most 0.33).\n\n");
        md.append("| network | wasm-gc | JS | reference JS | JVM (JMH) | wasm-gc / ref | JS / ref | JVM / ref |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Workload w : Workload.values()) {
            if (!w.hasGrid()) {
                continue;
            }
            md.append("| ").append(w.name()).append(" network");
            for (String impl : List.of("wasm", "js", "ref", "jvm")) {
                md.append(" | ").append(Fmt.ms(gridMs(w, impl)));
            }
            for (String impl : List.of("wasm", "js", "jvm")) {
                md.append(" | ").append(Fmt.fixed(gridMs(w, impl) / gridMs(w, "ref"), 2));
            }
            md.append(" |\n");
        }
        md.append("\nFrom the fastest repetitions: ");
        List<String> rows = new ArrayList<>();
        for (Workload w : Workload.values()) {
            if (w.hasGrid()) {
                List<String> r = new ArrayList<>();
                for (String impl : List.of("wasm", "js", "jvm")) {
                    r.add(IMPL_NAMES.get(impl) + " " + Fmt.fixed(gridMinMs(w, impl) / gridMinMs(w, "ref"), 2));
                }
                rows.add(w.name() + ": " + String.join(", ", r));
            }
        }
        md.append(String.join("; ", rows)).append(".\n\n");
    }

    private void agreement(StringBuilder md) {
        if (workloads.isEmpty()) {
            return;
        }
        md.append("## Same work? Training loss after one repetition, grid checksums\n\n");
        md.append("| workload | loss wasm-gc | loss JS | loss reference | reference vs wasm-gc | shuffle order = Java's "
                + "| grid sum wasm-gc | grid sum reference |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (BrowserWorkloads.Result r : workloads) {
            double wasm = r.trainLoss.get("wasm");
            double ref = r.trainLoss.get("ref");
            md.append("| ").append(r.workload.name())
                    .append(" | ").append(Fmt.sig(wasm))
                    .append(" | ").append(Fmt.sig(r.trainLoss.get("js"))).append(r.trainLoss.get("js") == wasm ? " (= wasm bits)" : "")
                    .append(" | ").append(Fmt.sig(ref))
                    .append(" | ").append(ref == wasm ? "equal bits" : String.format(Locale.ROOT, "%.1e relative", Math.abs(ref - wasm) / Math.abs(wasm)))
                    .append(" | ").append(r.description.get("shuffleAgrees").getAsBoolean() ? "yes" : "NO")
                    .append(" | ").append(r.gridChecksum.isEmpty() ? "-" : Fmt.sig(r.gridChecksum.get("wasm")))
                    .append(" | ").append(r.gridChecksum.isEmpty() ? "-" : Fmt.sig(r.gridChecksum.get("ref")))
                    .append(" |\n");
        }
        md.append("\nThe Java builds use the core's deterministic tanh/exp/log, the reference uses Math.tanh/exp/log, "
                + "so their results differ in the last bits.\n\n");
    }

    private void pageSection(StringBuilder md) {
        if (page == null) {
            return;
        }
        PageBench.Result p = page;
        Stats first = new Stats(p.firstFrameMs);
        md.append("## The playground page (target/site, ").append(p.build).append(" build)\n\n");
        md.append("| figure | measured |\n|---|---|\n");
        md.append("| first drawn frame after navigation (median of ").append(p.firstFrameMs.size()).append(" loads) | ")
                .append(Fmt.fixed(first.median(), 0)).append(" ms (").append(Fmt.list(p.firstFrameMs)).append(") |\n");
        md.append("| bytes transferred, gzip (raw) | ").append(Fmt.fixed(p.gzipBytes / KB, 1)).append(" KB (")
                .append(Fmt.fixed(p.rawBytes / KB, 1)).append(" KB) in ").append(p.files.size()).append(" files |\n");
        if (p.w2 != null) {
            Stats s = p.w2.stats();
            md.append("| W2 at speed 1, every view on: frames per second | ").append(Fmt.fixed(p.w2.fps(), 1)).append(" |\n");
            md.append("| W2: frame time median / p95 / p99 / max | ").append(Fmt.fixed(s.median(), 1)).append(" / ")
                    .append(Fmt.fixed(s.percentile(95), 1)).append(" / ").append(Fmt.fixed(s.percentile(99), 1)).append(" / ")
                    .append(Fmt.fixed(s.max(), 1)).append(" ms |\n");
            md.append("| W2: the page's own frame callback (training + drawing calls), median / p95 | ")
                    .append(Fmt.fixed(p.w2.workMedian(), 1)).append(" / ").append(Fmt.fixed(p.w2.workP95(), 1)).append(" ms |\n");
            md.append("| W2: epochs per second on the page | ").append(Fmt.fixed(p.w2.epochsPerSecond(), 1)).append(" |\n");
        }
        if (p.topSpeedFrames != null) {
            md.append("| W1 top speed at >= 30 fps | ").append(Fmt.epochs(p.topSpeedFrames.epochsPerSecond()))
                    .append(" epochs/s (").append(p.topSpeed).append(" epochs/frame, ")
                    .append(Fmt.fixed(p.topSpeedFrames.fps(), 1)).append(" fps) |\n");
        }
        md.append('\n');
        if (!p.files.isEmpty()) {
            md.append("Files: ");
            List<String> names = new ArrayList<>();
            for (Map<String, Object> f : p.files) {
                names.add(f.get("url") + " " + Fmt.fixed(((Number) f.get("gzipBytes")).doubleValue() / KB, 1) + " KB");
            }
            md.append(String.join(", ", names)).append(" (gzip). The JS build, loaded only where wasm-gc is missing, is ")
                    .append(Fmt.fixed(p.jsFallbackGzipBytes / KB, 1)).append(" KB gzip.\n\n");
        }
        if (!p.speeds.isEmpty()) {
            md.append("W1 speed ladder (per step the better of two 2 s windows; stops after two steps in a row below 30 fps):\n\n"
                    + "| epochs/frame | fps | frame ms median / p95 | page callback ms median / p95 | epochs/s | load average |\n"
                    + "|---|---|---|---|---|---|\n");
            p.speeds.forEach((speed, f) -> md.append("| ").append(speed).append(" | ").append(Fmt.fixed(f.fps(), 1))
                    .append(" | ").append(Fmt.fixed(f.stats().median(), 1)).append(" / ").append(Fmt.fixed(f.stats().percentile(95), 1))
                    .append(" | ").append(Fmt.fixed(f.workMedian(), 1)).append(" / ").append(Fmt.fixed(f.workP95(), 1))
                    .append(" | ").append(Fmt.epochs(f.epochsPerSecond())).append(" | ").append(f.load()).append(" |\n"));
            md.append('\n');
        }
    }

    /** Tanh neurons a sample passes forward (each costs one tanh call). */
    private static int tanhNeurons(Workload w) {
        return w == Workload.W1 ? 7 : (w == Workload.W2 ? 49 : 0);
    }

    private void piecesSection(StringBuilder md) {
        if (pieces.isEmpty()) {
            return;
        }
        md.append("## Pieces of an epoch, timed alone (medians)\n\n");
        md.append("| piece | wasm-gc | JS | reference JS | share of one training epoch: wasm-gc / JS / reference |\n");
        md.append("|---|---|---|---|---|\n");
        pieces.all.forEach((name, piece) -> {
            md.append("| ").append(name).append(" (").append(piece.unit()).append(')');
            for (String impl : BrowserWorkloads.IMPLS) {
                md.append(" | ").append(Fmt.ms(pieces.median(name, impl)));
            }
            md.append(" | ").append(share(name)).append(" |\n");
        });
        md.append("\ntanh: the core's DetMath.tanh in the Java builds, Math.tanh in the reference, on x in [-3, 3) "
                + "(two thirds of the calls take DetMath's exp path). One epoch makes samples x tanh neurons calls "
                + "(W1 250 x 7, W2 250 x 49). shuffle: one Fisher-Yates pass over the sample order with SplitMix64, "
                + "once per epoch. status: Trainer.status(), the loss and accuracy over the training and test sets "
                + "that ends every trainEpochs call: once per timed repetition here, but once per frame on the page.\n\n");
    }

    /** The share of one epoch (median repetition time / epochs) that a piece takes, per implementation. */
    private String share(String name) {
        List<String> parts = new ArrayList<>();
        for (String impl : BrowserWorkloads.IMPLS) {
            double fraction = Double.NaN;
            if (name.equals("tanh")) {
                List<String> per = new ArrayList<>();
                for (Workload w : List.of(Workload.W1, Workload.W2)) {
                    double epochNs = trainMs(w, impl) / w.epochsPerRep() * 1e6;
                    double tanhNs = pieces.median(name, impl) * samples(w) * tanhNeurons(w);
                    per.add(w.name() + " " + Fmt.fixed(100 * tanhNs / epochNs, 0) + "%");
                }
                parts.add(String.join(", ", per));
                continue;
            }
            if (name.startsWith("shuffle ")) {
                int n = Integer.parseInt(name.substring(8));
                for (Workload w : Workload.values()) {
                    if (samples(w) == n) {
                        double epochUs = trainMs(w, impl) / w.epochsPerRep() * 1e3;
                        fraction = pieces.median(name, impl) / epochUs;
                        break;
                    }
                }
            } else if (name.startsWith("status ")) {
                Workload w = Workload.byName(name.substring(7));
                double epochMs = trainMs(w, impl) / w.epochsPerRep();
                double ratio = pieces.median(name, impl) / epochMs;
                parts.add(Double.isNaN(ratio) ? "-" : Fmt.fixed(ratio, 2) + " epochs");
                continue;
            }
            parts.add(Double.isNaN(fraction) ? "-" : Fmt.fixed(100 * fraction, 1) + "%");
        }
        return String.join(" / ", parts);
    }

    private void targets(StringBuilder md) {
        md.append("## Targets of issues 6, 13, 14 and 17 (reported, not enforced)\n\n| target | measured | met |\n|---|---|---|\n");
        for (Workload w : Workload.values()) {
            double r = trainRatio(w, "wasm");
            target(md, "wasm-gc >= 1.25x reference on " + w.name(), Fmt.ratio(r), r >= 1.25);
        }
        layered.targets(md);
        for (Workload w : Workload.values()) {
            if (w.hasGrid()) {
                double r = gridMs(w, "wasm") / gridMs(w, "ref");
                target(md, "G on " + w.name() + ": wasm-gc time <= 1/3 of the reference's", Fmt.fixed(r, 2) + " of it", r <= 1.0 / 3);
            }
        }
        if (page != null) {
            if (page.w2 != null) {
                double p95 = page.w2.stats().percentile(95);
                target(md, "page p95 frame time <= 16.7 ms training W2, every view on", Fmt.fixed(p95, 1) + " ms", p95 <= 16.7);
            }
            double top = page.topSpeedFrames == null ? 0 : page.topSpeedFrames.epochsPerSecond();
            target(md, "W1 top speed >= 2,000 epochs/s at >= 30 fps", Fmt.epochs(top) + " epochs/s", top >= 2000);
            double first = new Stats(page.firstFrameMs).median();
            target(md, "first frame <= 400 ms", Fmt.fixed(first, 0) + " ms", first <= 400);
            target(md, "everything the page loads <= 200 KB gzip", Fmt.fixed(page.gzipBytes / KB, 1) + " KB", page.gzipBytes <= 200 * KB);
        }
        md.append('\n');
    }

    static void target(StringBuilder md, String what, String measured, boolean met) {
        md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private void profiles(StringBuilder md) {
        if (workloads.isEmpty() && (page == null || page.w2Profile.isEmpty())) {
            return;
        }
        md.append("## Where the time goes (CPU profiles, self time, top functions)\n\n");
        md.append("| profile | wasm-gc | JS | reference JS |\n|---|---|---|---|\n");
        for (BrowserWorkloads.Result r : workloads) {
            md.append("| ").append(r.workload.name()).append(" training");
            for (String impl : BrowserWorkloads.IMPLS) {
                md.append(" | ").append(top(r.trainProfile.get(impl), 5));
            }
            md.append(" |\n");
            if (!r.gridProfile.isEmpty()) {
                md.append("| ").append(r.workload.name()).append(" grid");
                for (String impl : BrowserWorkloads.IMPLS) {
                    md.append(" | ").append(top(r.gridProfile.get(impl), 4));
                }
                md.append(" |\n");
            }
        }
        md.append('\n');
        if (page != null && !page.w2Profile.isEmpty()) {
            md.append("The page training W2, every view on (3 s; the product page built unminified, V8 inlining off): ").append(top(page.w2Profile, 10)).append("\n\n");
        }
    }

    private static String top(List<CpuProfiles.Entry> entries, int n) {
        if (entries == null) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        for (CpuProfiles.Entry e : entries) {
            if (e.function().equals("(idle)") || e.percent() < 1) {
                continue;
            }
            parts.add(shortName(e.function()) + " " + Fmt.fixed(e.percent(), 0) + "%");
            if (parts.size() == n) {
                break;
            }
        }
        return String.join(", ", parts);
    }

    /** org.nnplayground.core.nn.Network.forward -> Network.forward. */
    static String shortName(String function) {
        String f = function.replace("|", "/");
        int paren = f.indexOf('(');
        String head = paren > 0 ? f.substring(0, paren) : f;
        String[] parts = head.split("\\.");
        if (parts.length > 2) {
            return parts[parts.length - 2] + "." + parts[parts.length - 1] + (paren > 0 ? f.substring(paren) : "");
        }
        return f;
    }

    private void machineTable(StringBuilder md) {
        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append('\n');
    }

    Map<String, Object> json() {
        return new ReportJson(this).json();
    }
}
