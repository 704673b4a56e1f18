package org.nnplayground.web;

import org.nnplayground.core.link.Theme;
import org.nnplayground.core.state.TrainingRun;

/**
 * What the embed script asks of a mounted playground, whichever kind it is: the points
 * ({@link PlaygroundPage}) or the sequences and images ({@link LabPage}), one subclass each, so that
 * a module of one kind carries nothing of the other's. {@link Instances} keeps them by number;
 * {@link EmbedFunctions} calls these. Actions go through the page's own {@code act}, so that its
 * controls and address follow.
 */
abstract class Instance {
    private final TrainingRun run;

    private Instance(TrainingRun run) {
        this.run = run;
    }

    static Instance of(PlaygroundPage page) {
        return new Points(page);
    }

    static Instance of(LabPage page) {
        return new Lab(page);
    }

    /** Runs {@code action} as the page's own controls would. */
    abstract void act(Runnable action);

    /** The link fragment (without '#'). */
    abstract String link();

    /** Shows colour scheme {@code value}; returns the setting in effect. */
    abstract String setTheme(Theme value);

    /** The colour scheme asked for (by the link or {@link #setTheme}). */
    abstract Theme theme();

    /** The points playground, for the calls only it answers (exports, predictions); null for the other kind. */
    PlaygroundPage points() {
        return null;
    }

    /** The sequence or image playground; null for the other kind. */
    LabPage lab() {
        return null;
    }

    abstract void destroy();

    void play() {
        act(run::play);
    }

    void pause() {
        act(run::pause);
    }

    boolean playing() {
        return run.playing();
    }

    /** Whether the run is on the page, not training in a Web Worker. */
    abstract boolean local();

    /**
     * One slice of a step of up to {@code epochs} epochs, within a frame's training budget; the epochs
     * trained, or -1 while the run is in a Web Worker: it is asked back, and the step waits for it.
     */
    int step(int epochs) {
        if (!local()) {
            act(() -> { });
            return -1;
        }
        int[] done = new int[1];
        act(() -> done[0] = run.stepEpochs(epochs, Browser::now, PlaygroundPage.TRAINING_BUDGET_MS));
        return done[0];
    }

    void reset() {
        act(run::reset);
    }

    int epoch() {
        return run.last().epoch();
    }

    /** The latest training (or test) loss; NaN when there is none. */
    double loss(boolean test) {
        return test ? (run.last().test().isEmpty() ? Double.NaN : run.last().test().loss()) : run.last().train().loss();
    }

    /** The weights' fingerprint (16 hex digits). */
    String fingerprint() {
        return run.trainer().network().fingerprint().hex();
    }

    /** A points playground. */
    private static final class Points extends Instance {
        private final PlaygroundPage page;

        Points(PlaygroundPage page) {
            super(page.session());
            this.page = page;
        }

        @Override
        void act(Runnable action) {
            page.act(action);
        }

        @Override
        String link() {
            return page.linkFragment();
        }

        @Override
        String setTheme(Theme value) {
            page.setTheme(value);
            return page.theme().setting().id();
        }

        @Override
        Theme theme() {
            return page.theme().setting();
        }

        @Override
        PlaygroundPage points() {
            return page;
        }

        @Override
        boolean local() {
            return page.local();
        }

        @Override
        void destroy() {
            page.destroy();
        }
    }

    /** A sequence or image playground. */
    private static final class Lab extends Instance {
        private final LabPage page;

        Lab(LabPage page) {
            super(page.session());
            this.page = page;
        }

        @Override
        void act(Runnable action) {
            page.act(action);
        }

        @Override
        String link() {
            return page.link();
        }

        @Override
        String setTheme(Theme value) {
            page.setTheme(value);
            return page.theme().setting().id();
        }

        @Override
        Theme theme() {
            return page.theme().setting();
        }

        @Override
        LabPage lab() {
            return page;
        }

        @Override
        boolean local() {
            return page.local();
        }

        @Override
        void destroy() {
            page.destroy();
        }
    }
}
