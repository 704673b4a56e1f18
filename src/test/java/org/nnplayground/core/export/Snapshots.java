package org.nnplayground.core.export;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DataSpec;
import org.nnplayground.core.data.DatasetKind;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Feature;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.data.OwnTable;
import org.nnplayground.core.data.TableChoice;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.math.Rng;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.nn.layer.Init;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.table.CsvOptions;
import org.nnplayground.core.table.CsvReader;
import org.nnplayground.core.table.TextTable;
import org.nnplayground.core.train.OptimizerKind;
import org.nnplayground.core.train.Regularization;
import org.nnplayground.core.train.Trainer;
import org.nnplayground.core.train.TrainingConfig;

/** Seeded random trained networks to export: every failure replays from its seed. */
final class Snapshots {
    private Snapshots() {
    }

    static <T> T pick(Rng rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }

    /** A small random setup (0 to 3 hidden layers of 1 to 6 neurons), trained 0 to 3 epochs. */
    static ModelSnapshot random(Rng rng) {
        return random(rng, true);
    }

    /** {@link #random(Rng)}; without {@code allowSine} no layer uses the sine or GELU, which TensorFlow.js cannot load. */
    static ModelSnapshot random(Rng rng, boolean allowSine) {
        DatasetKind kind;
        do { // a table or drawing has no data until loaded or drawn: draw again
            kind = DatasetKind.values()[rng.nextInt(DatasetKind.values().length)];
        } while (kind.isTable() || kind.isDrawn());
        DataSpec data = new DataSpec(kind, 20 + rng.nextInt(60), rng.nextInt(2) * 0.2, 0.5, 2 + rng.nextInt(3),
                rng.nextLong() >>> 12);
        return randomOn(rng, data, allowSine);
    }

    /**
     * A small random setup on a random table of 3 to 16 inputs (classes, several classes or values;
     * headers with spaces and quotes among them), trained 0 to 3 epochs.
     */
    static ModelSnapshot randomTable(Rng rng, boolean allowSine) {
        int inputs = 3 + rng.nextInt(TableChoice.MAX_INPUTS - 2);
        int classes = rng.nextInt(3) == 0 ? 0 : 2 + rng.nextInt(3);
        DataSpec data = DataSpec.of(DatasetKind.CIRCLE).withSeed(rng.nextLong() >>> 12)
                .withTable(table(inputs, classes, 30 + rng.nextInt(40), rng.nextLong()));
        return randomOn(rng, data, allowSine);
    }

    /**
     * A table of {@code rows} rows: {@code inputs} input columns (headers a, b, c, ..., the fourth
     * "wind \"speed\"" with a space and quotes) and a last column of {@code classes} classes
     * (words), or of values for 0.
     */
    static OwnTable table(int inputs, int classes, int rows, long seed) {
        Rng rng = new Rng(seed);
        StringBuilder csv = new StringBuilder();
        for (int k = 0; k < inputs; k++) {
            csv.append(k == 3 ? "\"wind \"\"speed\"\"\"" : String.valueOf((char) ('a' + k))).append(',');
        }
        csv.append("target\n");
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int k = 0; k < inputs; k++) {
                double v = Math.round(rng.uniform(-3, 3) * 100) / 100.0;
                sum += (k % 2 == 0 ? 1 : -0.5) * v;
                csv.append(v).append(',');
            }
            if (classes == 0) {
                csv.append(Math.round(sum * 1000) / 1000.0);
            } else {
                int c = r < classes ? r : Math.floorMod((int) Math.floor(sum), classes);
                csv.append("class").append((char) ('A' + c));
            }
            csv.append('\n');
        }
        TextTable table = CsvReader.read(csv.toString(), CsvOptions.DETECT);
        return OwnTable.from(table, TableChoice.usual(table.columnCount()));
    }

    /** The default preset's network (hidden layers of {@code hidden}, tanh) on {@code table}, trained {@code epochs} epochs. */
    static ModelSnapshot onTable(OwnTable table, List<Integer> hidden, int epochs) {
        PlaygroundState base = Presets.defaultPreset().state();
        PlaygroundState state = StateEdits.withData(base, base.data().withTable(table));
        List<Activation> acts = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            acts.add(Activation.TANH);
        }
        return trained(state.withHidden(hidden, acts), epochs);
    }

    /** A random network, features and training settings for {@code data}. */
    private static ModelSnapshot randomOn(Rng rng, DataSpec data, boolean allowSine) {
        DatasetKind kind = data.kind();
        FeatureSet features = new FeatureSet(1 + rng.nextInt((1 << Feature.values().length) - 1));
        List<Activation> hiddenChoices = new ArrayList<>();
        for (Activation a : Activation.values()) {
            if (a.allowedInHiddenLayer() && (allowSine || (a != Activation.SINE && a != Activation.GELU))) {
                hiddenChoices.add(a);
            }
        }
        int layers = rng.nextInt(4);
        List<Integer> hidden = new ArrayList<>();
        List<Activation> acts = new ArrayList<>();
        int width = 1 + rng.nextInt(6);
        for (int i = 0; i < layers; i++) {
            if (rng.nextInt(3) == 0) {
                width = 1 + rng.nextInt(6);
            }
            hidden.add(width);
            acts.add(pick(rng, hiddenChoices));
        }
        List<Activation> outputs = new ArrayList<>(StateEdits.outputChoices(kind.problem()));
        if (!allowSine) {
            outputs.remove(Activation.SINE);
            outputs.remove(Activation.GELU);
        }
        Activation output = pick(rng, outputs);
        Loss loss = pick(rng, OutputHead.lossesFor(output));
        TrainingConfig config = new TrainingConfig(loss, OptimizerKind.values()[rng.nextInt(3)], 0.001 + rng.nextDouble() * 0.05,
                1 + rng.nextInt(20), Regularization.values()[rng.nextInt(3)], rng.nextInt(2) * 0.001, rng.nextInt(4) > 0, true);
        PlaygroundState state = new PlaygroundState(data, features, hidden, acts, output, rng.nextInt(2) == 0,
                Init.values()[rng.nextInt(Init.values().length)], config);
        return trained(state, rng.nextInt(4));
    }

    /** The state's network after {@code epochs} epochs, with its link and data. */
    static ModelSnapshot trained(PlaygroundState state, int epochs) {
        DataSplit split = Datasets.generate(state.data());
        Trainer trainer = state.newTrainer(split);
        trainer.trainEpochs(epochs);
        return new ModelSnapshot(state, trainer.network(), trainer.epoch(), LinkCodec.encode(LinkState.of(state)), split);
    }

    /** A preset's network after {@code epochs} epochs. */
    static ModelSnapshot preset(String id, int epochs) {
        return trained(Presets.byId(id).state(), epochs);
    }

    /** Random raw rows for the snapshot's data: x; x1 and x2; or a table's x1, x2, x3, ...; within [-6, 6]. */
    static double[] rawRows(Rng rng, ModelSnapshot s, int rows) {
        int width = rawWidth(s);
        double[] raw = new double[rows * width];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = rng.uniform(-6, 6);
        }
        return raw;
    }

    static int rawWidth(ModelSnapshot s) {
        return s.rawInputCount();
    }

    static FeatureSet featuresOf(ModelSnapshot s) {
        return s.inputFeatures();
    }
}
