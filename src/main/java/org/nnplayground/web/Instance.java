package org.nnplayground.web;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.nnplayground.core.link.Theme;
import org.nnplayground.core.state.TrainingRun;

/**
 * What the embed script asks of a mounted playground, whichever kind it is: the points
 * ({@link PlaygroundPage}) or the sequences and images ({@link LabPage}). {@link Instances} keeps them
 * by number; {@link Main}'s {@code instance...} functions call these. Actions go through the page's
 * own {@code act}, so that its controls and address follow.
 */
final class Instance {
    private final TrainingRun run;
    private final Consumer<Runnable> act;
    private final Supplier<String> link;
    private final Function<Theme, String> theme;
    private final PlaygroundPage points;
    private final LabPage lab;
    private final Runnable destroy;

    private Instance(TrainingRun run, Consumer<Runnable> act, Supplier<String> link, Function<Theme, String> theme,
                     PlaygroundPage points, LabPage lab, Runnable destroy) {
        this.run = run;
        this.act = act;
        this.link = link;
        this.theme = theme;
        this.points = points;
        this.lab = lab;
        this.destroy = destroy;
    }

    static Instance of(PlaygroundPage page) {
        return new Instance(page.session(), page::act, page::linkFragment, t -> {
            page.setTheme(t);
            return page.theme().setting().id();
        }, page, null, page::destroy);
    }

    static Instance of(LabPage page) {
        return new Instance(page.session(), page::act, page::link, t -> {
            page.setTheme(t);
            return page.theme().setting().id();
        }, null, page, page::destroy);
    }

    void play() {
        act.accept(run::play);
    }

    void pause() {
        act.accept(run::pause);
    }

    boolean playing() {
        return run.playing();
    }

    /** One slice of a step of up to {@code epochs} epochs, within a frame's training budget; the epochs trained. */
    int step(int epochs) {
        int[] done = new int[1];
        act.accept(() -> done[0] = run.stepEpochs(epochs, Browser::now, PlaygroundPage.TRAINING_BUDGET_MS));
        return done[0];
    }

    void reset() {
        act.accept(run::reset);
    }

    int epoch() {
        return run.last().epoch();
    }

    /** The latest training (or test) loss; NaN when there is none. */
    double loss(boolean test) {
        return test ? (run.last().test().isEmpty() ? Double.NaN : run.last().test().loss()) : run.last().train().loss();
    }

    /** The link fragment (without '#'). */
    String link() {
        return link.get();
    }

    /** The weights' fingerprint (16 hex digits). */
    String fingerprint() {
        return run.trainer().network().fingerprint().hex();
    }

    /** Shows colour scheme {@code value}; returns the setting in effect. */
    String setTheme(Theme value) {
        return theme.apply(value);
    }

    /** The points playground, for the calls only it answers (exports, predictions); null for the other kind. */
    PlaygroundPage points() {
        return points;
    }

    /** The sequence or image playground; null for the other kind. */
    LabPage lab() {
        return lab;
    }

    void destroy() {
        destroy.run();
    }
}
