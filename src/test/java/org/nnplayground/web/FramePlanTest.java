package org.nnplayground.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.math.Rng;

/**
 * {@link FramePlan}'s choices on the JVM, with a clock that each view's paint moves by the view's
 * cost: which views a frame draws, that every view with something new is drawn within as many
 * frames as there are views, that nothing unchanged is drawn again, and that after an input or a
 * {@code paintAll} everything is drawn in that frame whatever the budget.
 */
class FramePlanTest {
    private static final double BUDGET = 4;

    /** The frame's clock, in ms; a view's paint advances it by the view's cost. */
    private final double[] now = {0};
    private final List<String> log = new ArrayList<>();
    private final FramePlan plan = new FramePlan(() -> now[0], BUDGET);
    private final FramePlan.Runner runner = (what, paint) -> paint.run();

    /** A view of a given cost whose content the test moves. */
    private class Fake implements FramePlan.View {
        final String name;
        double cost;
        long content;
        boolean shows = true;
        int paints;

        Fake(String name, double cost) {
            this.name = name;
            this.cost = cost;
        }

        @Override
        public boolean shows() {
            return shows;
        }

        @Override
        public long content() {
            return content;
        }

        @Override
        public void paint() {
            paints++;
            now[0] += cost;
            log.add(name);
        }

        @Override
        public String name() {
            return name;
        }
    }

    private List<String> frame(List<Fake> views) {
        log.clear();
        now[0] += 16.7;
        plan.paint(views, runner);
        return new ArrayList<>(log);
    }

    private static void changeAll(List<Fake> views) {
        for (Fake v : views) {
            v.content++;
        }
    }

    @Test
    void theFirstFrameDrawsEveryViewThatShowsAndThenOnlyWhatChanged() {
        Fake graph = new Fake("graph", 3);
        Fake output = new Fake("output", 3);
        Fake loss = new Fake("loss", 0.5);
        Fake hidden = new Fake("predicted", 1);
        hidden.shows = false;
        List<Fake> views = List.of(graph, output, loss, hidden);
        assertEquals(List.of("graph", "output", "loss"), frame(views), "a new plan draws everything at once");
        assertEquals(List.of(), frame(views), "nothing changed: nothing drawn");
        assertFalse(plan.paint(views, runner), "and paint says so");
        assertEquals(0, plan.lastPaintMs());
        loss.content++;
        assertEquals(List.of("loss"), frame(views), "only the loss chart has a new point");
        assertEquals(List.of(), frame(views));
        assertEquals(0, hidden.paints, "a view that does not show is never drawn");
    }

    @Test
    void whileTrainingViewsTakeTurnsWithinTheBudget() {
        Fake graph = new Fake("graph", 3);
        Fake output = new Fake("output", 2.5);
        Fake loss = new Fake("loss", 0.5);
        List<Fake> views = List.of(graph, output, loss);
        frame(views); // everything, once: the views' times are known from then on
        changeAll(views);
        assertEquals(List.of("graph"), frame(views), "the graph; the output would overrun the budget after it");
        changeAll(views);
        assertEquals(List.of("output", "loss"), frame(views), "the output first now, then the loss chart, which fits");
        changeAll(views);
        assertEquals(List.of("graph"), frame(views));
        assertEquals(List.of("output", "loss"), frame(views), "what the last change left to draw, without a new change");
        assertEquals(List.of(), frame(views));
        loss.content++;
        assertEquals(List.of("loss"), frame(views), "only the loss chart has something new");
    }

    @Test
    void aViewSlowerThanTheWholeBudgetIsStillDrawnFirstInItsTurn() {
        Fake slow = new Fake("slow", 12);
        Fake fast = new Fake("fast", 0.1);
        List<Fake> views = List.of(slow, fast);
        frame(views);
        for (int i = 0; i < 6; i++) {
            changeAll(views);
            frame(views);
        }
        assertEquals(4, slow.paints, "the slow view is drawn every other frame, alone");
        assertEquals(4, fast.paints, "the fast one in the frames between: it does not overtake the slow one");
    }

    @Test
    void everyViewWithSomethingNewIsDrawnWithinAsManyFramesAsThereAreViews() {
        Rng rng = new Rng(17);
        for (int trial = 0; trial < 300; trial++) {
            FramePlan p = new FramePlan(() -> now[0], BUDGET);
            int n = 1 + rng.nextInt(7);
            List<Fake> views = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                views.add(new Fake("v" + i, rng.nextDouble() * 8));
            }
            p.paint(views, runner);
            long[] drewContent = new long[n];
            int[] waiting = new int[n];
            for (int f = 0; f < 60; f++) {
                double changes = rng.nextDouble(); // some frames change most views (training), some few
                boolean anyNew = false;
                boolean[] isNew = new boolean[n];
                int[] before = new int[n];
                for (int i = 0; i < n; i++) {
                    Fake v = views.get(i);
                    if (rng.nextDouble() < changes) {
                        v.content++;
                    }
                    isNew[i] = v.content != drewContent[i];
                    anyNew |= isNew[i];
                    before[i] = v.paints;
                }
                log.clear();
                now[0] += 16.7;
                double start = now[0];
                assertEquals(anyNew, p.paint(views, runner), "a frame draws exactly when a view has something new");
                assertTrue(log.size() <= 1 || now[0] - start <= BUDGET + 1e-9,
                        "views after the first only while they fit: " + log + " took " + (now[0] - start) + " ms");
                for (int i = 0; i < n; i++) {
                    Fake v = views.get(i);
                    boolean drew = v.paints > before[i];
                    assertTrue(isNew[i] || !drew, "view " + i + " drawn again with nothing new");
                    if (drew) {
                        drewContent[i] = v.content;
                    }
                    waiting[i] = drew || !isNew[i] ? 0 : waiting[i] + 1;
                    assertTrue(waiting[i] < n, "view " + i + " of " + n + " waited " + waiting[i] + " frames (trial " + trial + ")");
                }
            }
        }
    }

    @Test
    void afterAnInputEveryViewIsDrawnInThatFrameWhateverTheBudget() {
        Fake graph = new Fake("graph", 6);
        Fake output = new Fake("output", 6);
        Fake loss = new Fake("loss", 6);
        List<Fake> views = List.of(graph, output, loss);
        frame(views);
        changeAll(views);
        assertEquals(1, frame(views).size(), "while training, one view of 6 ms a frame");
        plan.paintAll(); // a click
        assertTrue(plan.paintsAll());
        assertEquals(List.of("graph", "output", "loss"), frame(views), "all of them, also those that had not changed");
        assertFalse(plan.paintsAll());
        assertEquals(18, plan.lastPaintMs(), 1e-9);
        assertEquals(List.of(), frame(views), "and then nothing until something changes");
    }

    @Test
    void paintSoonBringsEveryViewUpToDateInTurnEvenWithoutAChange() {
        Fake graph = new Fake("graph", 1);
        Fake output = new Fake("output", 1);
        List<Fake> views = List.of(graph, output);
        frame(views);
        plan.paintSoon(); // e.g. the theme changed: every view is stale although no stamp moved
        assertEquals(List.of("graph", "output"), frame(views), "both: the second fits after the first");
        assertEquals(List.of(), frame(views));
        graph.cost = 5;
        output.cost = 5;
        plan.paintAll();
        frame(views);
        plan.paintSoon();
        assertEquals(List.of("graph"), frame(views), "views of 5 ms: one a frame");
        assertEquals(List.of("output"), frame(views));
        assertEquals(List.of(), frame(views));
    }

    @Test
    void paintSoonFromWithinAViewsPaintDrawsThatViewAgainAndNoOther() {
        Fake filters = new Fake("filters", 1);
        Fake matrix = new Fake("matrix", 1) {
            @Override
            public void paint() {
                super.paint();
                if (paints < 3) {
                    plan.paintSoon(); // still counting: draw me again
                }
            }
        };
        List<Fake> views = List.of(filters, matrix);
        assertEquals(List.of("filters", "matrix"), frame(views));
        assertEquals(List.of("matrix"), frame(views), "only the view still being brought up to date");
        assertEquals(List.of("matrix"), frame(views));
        assertEquals(List.of(), frame(views), "and nothing once it is");
        assertEquals(1, filters.paints);
    }

    @Test
    void aViewThatStartsShowingIsDrawnAndAChangeInTheListDrawsEverything() {
        Fake graph = new Fake("graph", 1);
        Fake predicted = new Fake("predicted", 1);
        predicted.shows = false;
        frame(List.of(graph, predicted));
        predicted.shows = true;
        assertEquals(List.of("predicted"), frame(List.of(graph, predicted)), "it has not drawn what it shows yet");
        Fake loss = new Fake("loss", 1);
        assertEquals(List.of("graph", "predicted", "loss"), frame(List.of(graph, predicted, loss)), "a new list of views starts whole");
    }

    @Test
    void aSpacedPlanDrawsASlowViewAtMostOnceInSpacingTimesItsCostAndAFastOneInEveryTurn() {
        double spacing = 8;
        FramePlan spaced = new FramePlan(() -> now[0], BUDGET, spacing);
        Fake graph = new Fake("graph", 15); // beyond the 4 ms budget: spaced out
        Fake output = new Fake("output", 3); // within it: drawn whenever it has something new
        List<Fake> views = List.of(graph, output);
        List<Double> graphDrawnAt = new ArrayList<>();
        int outputBefore;
        spaced.paint(views, runner); // the first frame draws both and learns their costs
        for (int f = 0; f < 120; f++) {
            changeAll(views); // training: new weights every frame
            now[0] += 16.7;
            double start = now[0];
            outputBefore = output.paints;
            int graphBefore = graph.paints;
            spaced.paint(views, runner);
            if (graph.paints > graphBefore) {
                graphDrawnAt.add(start);
            } else {
                assertTrue(spaced.deferred(), "the graph has something new and waits: the plan says so");
            }
            assertTrue(output.paints > outputBefore || graph.paints > graphBefore,
                    "every frame draws something: the output whenever the graph waits");
        }
        assertTrue(graphDrawnAt.size() >= 10, "the graph is still drawn, " + graphDrawnAt.size() + " times");
        for (int k = 1; k < graphDrawnAt.size(); k++) {
            double gap = graphDrawnAt.get(k) - graphDrawnAt.get(k - 1);
            assertTrue(gap >= spacing * 15 - 16.7 - 1e-9, "drawn again after " + gap + " ms");
            assertTrue(gap <= spacing * 15 + 2 * (16.7 + 18), "and not much later than its spacing: " + gap + " ms");
        }
        assertTrue(output.paints >= 100, "the fast view is drawn in nearly every frame: " + output.paints);
        spaced.paintAll(); // a click: everything now, whatever the spacing
        assertEquals(List.of("graph", "output"), frame(views, spaced));
        changeAll(views);
        assertEquals(List.of("output"), frame(views, spaced), "right after, the graph waits again");
        for (int f = 0; f < 10; f++) {
            frame(views, spaced);
        }
        assertFalse(spaced.deferred(), "and once its time has come and it is drawn, nothing waits");
        assertEquals(List.of(), frame(views, spaced));
    }

    @Test
    void anUnspacedPlanNeverDefers() {
        Fake graph = new Fake("graph", 15);
        List<Fake> views = List.of(graph);
        frame(views);
        for (int f = 0; f < 5; f++) {
            changeAll(views);
            assertEquals(List.of("graph"), frame(views), "drawn in every frame that has something new");
            assertFalse(plan.deferred());
        }
    }

    private List<String> frame(List<Fake> views, FramePlan p) {
        log.clear();
        now[0] += 16.7;
        p.paint(views, runner);
        return new ArrayList<>(log);
    }

    @Test
    void oneSlowDrawingSpacesOutOnlyTheNextOne() {
        FramePlan spaced = new FramePlan(() -> now[0], BUDGET, 8);
        Fake output = new Fake("output", 60); // a new network's first whole picture
        List<Fake> views = List.of(output);
        frame(views, spaced);
        output.cost = 2; // refined from then on in small steps
        output.content++;
        assertEquals(List.of(), frame(views, spaced), "right after the slow drawing it waits");
        assertTrue(spaced.deferred());
        for (int f = 0; f < 40 && output.paints < 2; f++) {
            frame(views, spaced);
        }
        assertEquals(2, output.paints, "and is drawn within 8 x 60 ms");
        for (int f = 0; f < 5; f++) {
            output.content++;
            assertEquals(List.of("output"), frame(views, spaced), "then, fast again, in every frame");
        }
    }

    @Test
    void withoutSpacingAskedForASlowViewIsDrawnInEveryTurn() {
        FramePlan spaced = new FramePlan(() -> now[0], BUDGET, 8);
        Fake output = new Fake("output", 60);
        List<Fake> views = List.of(output);
        spaced.paint(views, runner, false);
        for (int f = 0; f < 4; f++) {
            output.content++;
            log.clear();
            now[0] += 16.7;
            spaced.paint(views, runner, false); // a still picture being refined
            assertEquals(List.of("output"), log);
            assertFalse(spaced.deferred());
        }
    }

    @Test
    void aViewLeftForTheBudgetIsDeferredAndDrawnInTheNextFrame() {
        Fake graph = new Fake("graph", 3);
        Fake loss = new Fake("loss", 3);
        List<Fake> views = List.of(graph, loss);
        frame(views);
        changeAll(views);
        assertEquals(List.of("graph"), frame(views), "the loss chart does not fit after the graph");
        assertTrue(plan.deferred(), "and the plan says a view waits");
        assertEquals(List.of("loss"), frame(views), "drawn in the next frame, with nothing new besides");
        assertFalse(plan.deferred());
        assertEquals(List.of(), frame(views));
    }
}
