package org.nnplayground.web.bench.size;

import org.nnplayground.core.data.DataSplit;
import org.nnplayground.core.data.Datasets;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.train.Trainer;
import org.teavm.jso.JSBody;

/**
 * Size measurement only: what the exports start from, without exporting. Builds the two kinds of
 * run an export is made of (a points preset's network and data, a sequence or image run from its
 * link) and hands out their fingerprints. {@link SizeExportsMain} is this plus the exports, so the
 * difference of the two modules is what the exports add on their own.
 */
public final class SizeExportsBaseMain {
    private SizeExportsBaseMain() {
    }

    public static void main(String[] args) {
        Runs runs = Runs.make(pick());
        report(runs.points().network().fingerprint().hex() + runs.lab().trainer().network().fingerprint().hex()
                + runs.link().length());
    }

    /** The two runs and the points run's link. */
    record Runs(Trainer points, PlaygroundState state, DataSplit split, String link, LabSession lab) {
        static Runs make(String labFragment) {
            PlaygroundState state = Presets.defaultPreset().state();
            DataSplit split = Datasets.generate(state.data());
            Trainer trainer = state.newTrainer(split);
            trainer.trainEpochs(1);
            LabSession lab = new LabSession(LabLinks.decode(labFragment).state());
            lab.stepEpochs(1);
            return new Runs(trainer, state, split, LinkCodec.encode(LinkState.of(state)), lab);
        }
    }

    /** The page's address fragment, so that the compiler cannot fold the runs away. */
    @JSBody(script = "return location.hash;")
    static native String pick();

    @JSBody(params = "text", script = "globalThis.nnpSizeProbe = text;")
    static native void report(String text);
}
