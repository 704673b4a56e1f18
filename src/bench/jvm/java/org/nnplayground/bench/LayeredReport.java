package org.nnplayground.bench;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's parts about the workloads built from layers (W4, W5, W6): their throughput in
 * characters, sequence steps or images per second against the reference, the peers measured in
 * the same rounds, and the targets of issues 13 and 14 (reported, never asserted).
 */
final class LayeredReport {
    private final Report report;

    LayeredReport(Report report) {
        this.report = report;
    }

    /** Units per second of a peer of a workload, or NaN when it was not measured. */
    static double peerUnitsPerSecond(Report report, Workload w, JsonObject peer) {
        BrowserWorkloads.Result r = report.browser(w);
        Stats s = r == null ? null : r.peerMs.get(peer.get("id").getAsString());
        return s == null ? Double.NaN : peer.get("unitsPerRep").getAsDouble() / (s.median() / 1000);
    }

    /** The same from the peer's fastest repetition. */
    static double peerUnitsPerSecondFastest(Report report, Workload w, JsonObject peer) {
        BrowserWorkloads.Result r = report.browser(w);
        Stats s = r == null ? null : r.peerMs.get(peer.get("id").getAsString());
        return s == null ? Double.NaN : peer.get("unitsPerRep").getAsDouble() / (s.min() / 1000);
    }

    /** W4 to W6 in their units per second for every implementation, and the ratios against the reference. */
    void throughput(StringBuilder md) {
        md.append("## Training throughput, networks of layers: characters (W4), sequence steps (W5), images (W6) per second\n\n");
        md.append("| workload | wasm-gc | JS | reference JS | JVM (JMH) | wasm-gc / ref | JS / ref | JVM / ref |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Workload w : Workload.values()) {
            if (!w.layered()) {
                continue;
            }
            md.append("| ").append(w.name()).append(' ').append(w.title()).append(" (").append(Report.samples(w))
                    .append(w.unitsPerSample() == 1 ? " " + w.unit() : " samples x " + w.unitsPerSample() + " " + w.unit())
                    .append(", ").append(w.epochsPerRep())
                    .append(w.epochsPerRep() == 1 ? " epoch" : " epochs").append(" per rep)");
            for (String impl : List.of("wasm", "js", "ref", "jvm")) {
                md.append(" | ").append(Fmt.count(report.unitsPerSecond(w, impl)));
            }
            for (String impl : List.of("wasm", "js", "jvm")) {
                md.append(" | ").append(Fmt.ratio(report.trainRatio(w, impl)));
            }
            md.append(" |\n");
        }
        md.append("\nFrom each implementation's fastest repetition: ").append(report.fastestRatios(true)).append(".\n\n");
    }

    /** Every peer measured (and those that could not be, with why), against wasm-gc and the reference. */
    void peers(StringBuilder md) {
        boolean any = false;
        for (BrowserWorkloads.Result r : report.workloads) {
            any |= !r.peers.isEmpty();
        }
        if (!any) {
            return;
        }
        md.append("## Peers on W4 to W6, each through its own API, in the same rounds (medians)\n\n");
        md.append("| workload | peer | its network | how it is called | per second | wasm-gc / peer | reference / peer | fastest reps: wasm-gc / peer |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        List<String> missing = new ArrayList<>();
        for (BrowserWorkloads.Result r : report.workloads) {
            Workload w = r.workload;
            for (JsonObject peer : r.peers) {
                String name = peer.get("name").getAsString();
                if (!peer.get("available").getAsBoolean()) {
                    missing.add(w.name() + " " + name + ": " + peer.get("reason").getAsString());
                    continue;
                }
                double rate = peerUnitsPerSecond(report, w, peer);
                double fastestWasm = (double) w.epochsPerRep() * Report.samples(w) * w.unitsPerSample() / (report.trainMinMs(w, "wasm") / 1000);
                md.append("| ").append(w.name()).append(" | ").append(name).append(" | ").append(peer.get("net").getAsString())
                        .append(" | ").append(peer.get("calls").getAsString())
                        .append(" | ").append(Fmt.count(rate)).append(' ').append(w.unit())
                        .append(" | ").append(Fmt.ratio(report.unitsPerSecond(w, "wasm") / rate))
                        .append(" | ").append(Fmt.ratio(report.unitsPerSecond(w, "ref") / rate))
                        .append(" | ").append(Fmt.ratio(fastestWasm / peerUnitsPerSecondFastest(report, w, peer))).append(" |\n");
            }
        }
        md.append("\nA peer whose cell differs from the workload's (brain.js's plain RNN on W4, its LSTM on W5) runs at the "
                + "same sizes for scale; the targets compare with the others only.\n\n");
        if (!missing.isEmpty()) {
            md.append("Not measured: ").append(String.join("; ", missing)).append(".\n\n");
        }
    }

    /** The targets against the peers that run the workload's own network. */
    void targets(StringBuilder md) {
        for (BrowserWorkloads.Result res : report.workloads) {
            for (JsonObject peer : res.peers) {
                if (peer.get("available").getAsBoolean() && peer.get("sameNetwork").getAsBoolean()) {
                    double r = report.unitsPerSecond(res.workload, "wasm") / peerUnitsPerSecond(report, res.workload, peer);
                    Report.target(md, "wasm-gc ahead of " + peer.get("name").getAsString() + " on " + res.workload.name(), Fmt.ratio(r), r > 1);
                }
            }
        }
    }
}
