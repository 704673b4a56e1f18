package org.nnplayground.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.nnplayground.bench.jmh.GridBenchmark;
import org.nnplayground.bench.jmh.TrainBenchmark;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The core on the JVM with JMH: {@link TrainBenchmark} (W1, W2, W3) and {@link GridBenchmark} (G).
 * Short runs (3 warm-up and 5 measured iterations of 1 s, one fork); JMH's own JSON goes to
 * jmh.json. The figure per benchmark is the median of the measured iterations' ms per operation.
 * With {@code bench.workloads} set, only those workloads run.
 */
final class JmhBench {
    private JmhBench() {
    }

    /** Median ms per operation of each measured iteration, keyed "train/W1", "grid/W2" ... */
    static Map<String, Stats> run(Path outDir) throws RunnerException {
        List<Workload> selected = BrowserWorkloads.selected();
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(TrainBenchmark.class.getName());
        if (selected.size() < Workload.values().length) {
            // Only the chosen workloads; G then only when every chosen one has a grid (it takes the same parameter).
            String[] names = selected.stream().map(Workload::name).toArray(String[]::new);
            builder.param("workload", names);
            if (selected.stream().allMatch(Workload::hasGrid)) {
                builder.include(GridBenchmark.class.getName());
            }
        } else {
            builder.include(GridBenchmark.class.getName());
        }
        Options options = builder
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .forks(1)
                .jvmArgsAppend("-Xmx1g")
                .timeUnit(TimeUnit.MILLISECONDS)
                .resultFormat(ResultFormatType.JSON)
                .result(outDir.resolve("jmh.json").toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Stats> byKey = new LinkedHashMap<>();
        for (RunResult run : results) {
            String method = run.getParams().getBenchmark();
            String kind = method.endsWith("evaluateGrid") ? "grid" : "train";
            String workload = run.getParams().getParam("workload");
            List<Double> iterations = new ArrayList<>();
            for (BenchmarkResult b : run.getBenchmarkResults()) {
                for (IterationResult it : b.getIterationResults()) {
                    iterations.add(it.getPrimaryResult().getScore());
                }
            }
            byKey.put(kind + "/" + workload, new Stats(iterations));
        }
        return byKey;
    }
}
