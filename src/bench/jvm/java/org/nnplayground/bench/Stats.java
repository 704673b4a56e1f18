package org.nnplayground.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Repeated measurements of one figure: median, spread and the raw values, in the order taken. */
final class Stats {
    private final List<Double> values;

    Stats(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        this.values = List.copyOf(values);
    }

    List<Double> values() {
        return values;
    }

    double median() {
        return percentile(50);
    }

    double min() {
        return sorted().get(0);
    }

    double max() {
        return sorted().get(values.size() - 1);
    }

    double mean() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.size();
    }

    /** Nearest-rank percentile (p in 0..100); the median of an even count is the mean of the two middle values. */
    double percentile(double p) {
        List<Double> s = sorted();
        int n = s.size();
        if (p == 50 && n % 2 == 0) {
            return (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * n);
        return s.get(Math.max(0, Math.min(n - 1, rank - 1)));
    }

    private List<Double> sorted() {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }

    /** Median, min, max and the values, for the JSON report. */
    Map<String, Object> toJson(String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", unit);
        m.put("median", round(median()));
        m.put("min", round(min()));
        m.put("max", round(max()));
        List<Double> rounded = new ArrayList<>();
        for (double v : values) {
            rounded.add(round(v));
        }
        m.put("values", rounded);
        return m;
    }

    static double round(double v) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 4 - (int) Math.floor(Math.log10(Math.abs(v))));
        return Math.round(v * scale) / scale;
    }
}
