package org.nnplayground.web;

import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.link.Theme;

/** A mounted points playground as an {@link Instance}. */
final class PointsInstance implements Instance {
    private final PlaygroundPage page;

    PointsInstance(PlaygroundPage page) {
        this.page = page;
    }

    @Override
    public void play() {
        page.act(page.session()::play);
    }

    @Override
    public void pause() {
        page.act(page.session()::pause);
    }

    @Override
    public boolean playing() {
        return page.session().playing();
    }

    @Override
    public int step(int epochs) {
        int[] done = new int[1];
        page.act(() -> done[0] = page.session().stepEpochs(epochs, Browser::now, PlaygroundPage.TRAINING_BUDGET_MS));
        return done[0];
    }

    @Override
    public void reset() {
        page.act(page.session()::reset);
    }

    @Override
    public int epoch() {
        return page.session().last().epoch();
    }

    @Override
    public double loss(boolean test) {
        return test ? (page.session().last().test().isEmpty() ? Double.NaN : page.session().last().test().loss())
                : page.session().last().train().loss();
    }

    @Override
    public String link() {
        return LinkCodec.encode(page.currentLink());
    }

    @Override
    public String fingerprint() {
        return page.session().trainer().network().fingerprint().hex();
    }

    @Override
    public String setTheme(Theme theme) {
        page.setTheme(theme);
        return page.theme().setting().id();
    }

    @Override
    public PlaygroundPage points() {
        return page;
    }

    @Override
    public void destroy() {
        page.destroy();
    }
}
