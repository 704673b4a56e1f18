package org.nnplayground.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.nnplayground.bench.Workload;
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

/**
 * W1 to W6 on the JVM: one operation is what one browser repetition does, a reset (not timed)
 * then {@link Workload#epochsPerRep()} epochs (see {@link Workload#train}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainBenchmark {
    @Param({"W1", "W2", "W3", "W4", "W5", "W6"})
    public String workload;

    private Workload w;
    private Trainer trainer;
    private int epochs;

    @Setup(Level.Trial)
    public void build() {
        w = Workload.byName(workload);
        trainer = w.newTrainer();
        epochs = w.epochsPerRep();
    }

    /** Each operation starts from epoch 0 (an operation lasts tens of milliseconds, so this is cheap to isolate). */
    @Setup(Level.Invocation)
    public void reset() {
        trainer.reset();
    }

    @Benchmark
    public int trainEpochs() {
        return w.train(trainer, epochs);
    }
}
