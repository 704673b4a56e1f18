package org.nnplayground.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.nnplayground.bench.Workload;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.train.Trainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** G on the JVM: one operation evaluates the W1 or W2 network (initial weights) on the 100 x 100 grid. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GridBenchmark {
    @Param({"W1", "W2"})
    public String workload;

    private GridEvaluator evaluator;
    private Network network;

    @Setup(Level.Trial)
    public void build() {
        Trainer trainer = Workload.byName(workload).newTrainer();
        network = trainer.network();
        evaluator = Workload.newGridEvaluator(trainer.spec());
    }

    @Benchmark
    public GridEvaluator evaluateGrid() {
        evaluator.evaluate(network, evaluator.capacity());
        return evaluator;
    }
}
