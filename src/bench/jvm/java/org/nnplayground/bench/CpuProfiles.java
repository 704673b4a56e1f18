package org.nnplayground.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chromium's sampling CPU profiler (the DevTools protocol's Profiler domain) on one page, and the
 * self time per function of a profile. Profiles are saved as .cpuprofile files, which Chromium's
 * DevTools (Performance panel, "Load profile") opens.
 */
final class CpuProfiles implements AutoCloseable {
    /** Self time of one function (or one category) in a profile. */
    record Entry(String function, String where, double ms, double percent) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("function", function);
            m.put("where", where);
            m.put("selfMs", Stats.round(ms));
            m.put("percent", Math.round(percent * 10) / 10.0);
            return m;
        }
    }

    private static final int SAMPLING_INTERVAL_US = 100;

    private final CDPSession session;

    CpuProfiles(Page page) {
        session = page.context().newCDPSession(page);
        session.send("Profiler.enable");
        JsonObject interval = new JsonObject();
        interval.addProperty("interval", SAMPLING_INTERVAL_US);
        session.send("Profiler.setSamplingInterval", interval);
    }

    void start() {
        session.send("Profiler.start");
    }

    JsonObject stop() {
        return session.send("Profiler.stop").getAsJsonObject("profile");
    }

    @Override
    public void close() {
        session.send("Profiler.disable");
        session.detach();
    }

    static void save(JsonObject profile, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, profile.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Self time per function (name + script), largest first; idle time is left out of the percentages. */
    static List<Entry> selfTimes(JsonObject profile) {
        Map<Integer, String[]> frames = new HashMap<>();
        for (JsonElement e : profile.getAsJsonArray("nodes")) {
            JsonObject node = e.getAsJsonObject();
            JsonObject frame = node.getAsJsonObject("callFrame");
            String function = frame.get("functionName").getAsString();
            String url = frame.get("url").getAsString();
            frames.put(node.get("id").getAsInt(), new String[] {function.isEmpty() ? "(anonymous)" : function, shortUrl(url)});
        }
        JsonArray samples = profile.getAsJsonArray("samples");
        JsonArray deltas = profile.getAsJsonArray("timeDeltas");
        Map<String, Double> selfUs = new LinkedHashMap<>();
        Map<String, String[]> keys = new HashMap<>();
        // timeDeltas[i] is the time before sample i; the time until the next sample belongs to sample i.
        for (int i = 0; i < samples.size(); i++) {
            double us = i + 1 < deltas.size() ? deltas.get(i + 1).getAsDouble() : SAMPLING_INTERVAL_US;
            String[] frame = frames.get(samples.get(i).getAsInt());
            String key = frame[0] + "\u0000" + frame[1];
            keys.putIfAbsent(key, frame);
            selfUs.merge(key, us, Double::sum);
        }
        double busy = 0;
        for (Map.Entry<String, Double> e : selfUs.entrySet()) {
            if (!keys.get(e.getKey())[0].equals("(idle)")) {
                busy += e.getValue();
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Double> e : selfUs.entrySet()) {
            String[] frame = keys.get(e.getKey());
            double percent = frame[0].equals("(idle)") || busy == 0 ? 0 : 100 * e.getValue() / busy;
            entries.add(new Entry(frame[0], frame[1], e.getValue() / 1000, percent));
        }
        entries.sort((a, b) -> Double.compare(b.ms(), a.ms()));
        return entries;
    }

    /**
     * Total time per function (its own samples and those of everything it called, each sample
     * counted once per function however deep it recurs), largest first, in percent of the busy time:
     * which of the page's calls (a view's paint, the training) a frame's time goes to.
     */
    static List<Entry> totalTimes(JsonObject profile) {
        Map<Integer, String[]> frames = new HashMap<>();
        Map<Integer, Integer> parents = new HashMap<>();
        for (JsonElement e : profile.getAsJsonArray("nodes")) {
            JsonObject node = e.getAsJsonObject();
            JsonObject frame = node.getAsJsonObject("callFrame");
            String function = frame.get("functionName").getAsString();
            int id = node.get("id").getAsInt();
            frames.put(id, new String[] {function.isEmpty() ? "(anonymous)" : function, shortUrl(frame.get("url").getAsString())});
            if (node.has("children")) {
                for (JsonElement c : node.getAsJsonArray("children")) {
                    parents.put(c.getAsInt(), id);
                }
            }
        }
        JsonArray samples = profile.getAsJsonArray("samples");
        JsonArray deltas = profile.getAsJsonArray("timeDeltas");
        Map<String, Double> totalUs = new LinkedHashMap<>();
        Map<String, String[]> keys = new HashMap<>();
        double busy = 0;
        for (int i = 0; i < samples.size(); i++) {
            double us = i + 1 < deltas.size() ? deltas.get(i + 1).getAsDouble() : SAMPLING_INTERVAL_US;
            Integer id = samples.get(i).getAsInt();
            if (frames.get(id)[0].equals("(idle)")) {
                continue;
            }
            busy += us;
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (; id != null; id = parents.get(id)) {
                String[] frame = frames.get(id);
                String key = frame[0] + "\u0000" + frame[1];
                if (seen.add(key)) {
                    keys.putIfAbsent(key, frame);
                    totalUs.merge(key, us, Double::sum);
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Double> e : totalUs.entrySet()) {
            String[] frame = keys.get(e.getKey());
            entries.add(new Entry(frame[0], frame[1], e.getValue() / 1000, busy == 0 ? 0 : 100 * e.getValue() / busy));
        }
        entries.sort((a, b) -> Double.compare(b.ms(), a.ms()));
        return entries;
    }

    /** The file name of a script URL ("wasm" for WebAssembly), empty for native code. */
    static String shortUrl(String url) {
        if (url.isEmpty()) {
            return "";
        }
        if (url.startsWith("wasm://")) {
            return "wasm";
        }
        int slash = url.lastIndexOf('/');
        return slash >= 0 ? url.substring(slash + 1) : url;
    }
}
