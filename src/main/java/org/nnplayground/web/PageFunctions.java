package org.nnplayground.web;

import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;
import org.nnplayground.core.state.RuntimeProbe;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.train.Trainer;

/**
 * What the entry points' exported functions answer about the page's own playground and the core,
 * shared by {@link Main}, {@link PointsMain} and {@link LabMain}. Not exported itself: TeaVM keeps
 * every {@code @JSExport} function of a class it reaches, so the one-kind entry points call these
 * rather than {@link Main}'s, which would bring both kinds back into their modules.
 */
final class PageFunctions {
    private PageFunctions() {
    }

    /** See {@link Main#fingerprint}. */
    static String fingerprint(String presetId, int epochs) {
        Preset preset = Presets.byId(presetId);
        if (preset == null) {
            return "unknown preset " + presetId;
        }
        Trainer trainer = preset.state().newTrainer();
        trainer.trainEpochs(epochs);
        return trainer.network().fingerprint().hex();
    }

    /** See {@link Main#labFingerprint}. */
    static String labFingerprint(String fragment, int epochs) {
        LabSession session = new LabSession(LabLinks.decode(fragment).state());
        session.stepEpochs(epochs);
        return session.trainer().network().fingerprint().hex();
    }

    /** See {@link Main#pageLabFingerprint}. */
    static String pageLabFingerprint() {
        LabPage p = PageBoot.labPage();
        return p == null ? "" : p.session().trainer().network().fingerprint().hex();
    }

    /** See {@link Main#pageLabEpoch}. */
    static int pageLabEpoch() {
        LabPage p = PageBoot.labPage();
        return p == null ? -1 : p.session().last().epoch();
    }

    /** See {@link Main#pageLabSampleUpdates}. */
    static double pageLabSampleUpdates() {
        LabPage p = PageBoot.labPage();
        return p == null ? -1 : p.session().trainer().sampleUpdates();
    }

    /** See {@link Main#labExport}. */
    static String labExport(String format) {
        return LabExportControls.text(PageBoot.labPage(), format);
    }

    /** See {@link Main#runtimeProbe}. */
    static String runtimeProbe() {
        return String.join("\n", RuntimeProbe.run());
    }

    /** See {@link Main#pageFingerprint}. */
    static String pageFingerprint() {
        PlaygroundPage p = PageBoot.mainPage();
        return p == null ? "" : p.session().trainer().network().fingerprint().hex();
    }

    /** See {@link Main#pageLink}. */
    static String pageLink(boolean withWeights) {
        PlaygroundPage p = PageBoot.mainPage();
        if (p == null) {
            return "";
        }
        return LinkCodec.encode(withWeights ? p.currentLinkWithWeights() : p.currentLink());
    }

    /** See {@link Main#pageEpoch}. */
    static int pageEpoch() {
        PlaygroundPage p = PageBoot.mainPage();
        return p == null ? -1 : p.session().last().epoch();
    }

    /** See {@link Main#pagePredict}. */
    static String pagePredict(String rows, int width) {
        return PageExports.predict(PageBoot.mainPage(), rows, width);
    }

    /** See {@link Main#detMath}. */
    static double detMath(String function, double x) {
        return RuntimeProbe.math(function, x);
    }
}
