package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.nn.GridEvaluator;
import org.nnplayground.core.nn.Network;
import org.nnplayground.core.nn.NetworkSpec;

/**
 * A view's grid of network values, evaluated a frame's share at a time (see {@link GridBudget}), so
 * that drawing a large network never stalls the page. It keeps two grids: the one shown, always
 * complete, and the next one, being filled; when the next is full it is shown.
 *
 * <p>While training runs, the next grid is filled at the running resolution, each frame's points
 * with that frame's weights, so each point is at most the few frames old a refresh takes (one frame
 * for small networks, which are evaluated whole every frame as before). When training is not
 * running, the grid is refilled with the current weights from its first point (a fill begun with
 * other weights starts over) and then refined, one finer resolution after another, up to the still
 * resolution: a paused network ends drawn whole, of its current weights, at the finest resolution
 * its size allows ({@link #complete()}), and then no further work is done until something changes.
 * Every point drawn is the exact output of the network at some frame; nothing is interpolated.
 */
public final class ProgressiveGrid {
    private final GridBudget budget;
    private final Dataset data;
    private final FeatureSet features;
    private final NetworkSpec spec;
    private final int stillResolution;
    private final int runningResolution;
    private int limit = Integer.MAX_VALUE;
    private ViewGrid shownGrid;
    private GridEvaluator shown;
    private boolean shownFresh;
    private ViewGrid nextGrid;
    private GridEvaluator next;
    private int cursor;
    private boolean nextClean;
    private int lastPoints;

    /** Grids over {@code data}'s domain (a plane for 2-D data, a line for 1-D) for networks of {@code spec}. */
    public ProgressiveGrid(GridBudget budget, Dataset data, FeatureSet features, NetworkSpec spec) {
        this.budget = budget;
        this.data = data;
        this.features = features;
        this.spec = spec;
        this.stillResolution = budget.stillResolution(spec, data.dimension());
        this.runningResolution = budget.runningResolution(spec, data.dimension());
    }

    /**
     * Caps the resolution (e.g. when the pictures are too small to show more than a mean); at least
     * the coarsest resolution is kept.
     */
    public void limitResolution(int finest) {
        limit = finest;
    }

    private int still() {
        int r = budget.resolutions()[0];
        for (int candidate : budget.resolutions()) {
            if (candidate <= Math.min(stillResolution, limit)) {
                r = candidate;
            }
        }
        return r;
    }

    private int running() {
        return Math.min(runningResolution, still());
    }

    /**
     * Does one frame's share of the work for {@code network} (of this grid's spec).
     *
     * @param running whether training runs (the weights change every frame)
     * @param changed whether the weights changed since the last call
     */
    public void advance(Network network, boolean running, boolean changed) {
        lastPoints = 0;
        if (changed) {
            shownFresh = false;
            nextClean = false;
        }
        if (shown == null) {
            // The first picture: whole at once, at the running resolution (the coarsest for the largest networks).
            shownGrid = grid(running());
            shown = evaluator(shownGrid);
            shown.evaluate(network, shownGrid.points());
            lastPoints = shownGrid.points();
            shownFresh = true;
            return;
        }
        int target;
        if (running || !shownFresh) {
            target = running();
        } else {
            target = budget.finer(shownGrid.resolution(), still());
            if (target == shownGrid.resolution()) {
                return; // whole, fresh and as fine as it gets: nothing to do
            }
        }
        if (next == null || nextGrid.resolution() != target) {
            nextGrid = grid(target);
            next = evaluator(nextGrid);
            cursor = 0;
        } else if (!running && !nextClean) {
            cursor = 0; // a fill begun with other weights starts over, so that a still picture is of one network
        }
        if (cursor == 0) {
            nextClean = true;
        }
        int n = nextGrid.points();
        int to = (int) Math.min(n, (long) cursor + budget.pointsPerFrame(spec));
        next.evaluatePart(network, n, cursor, to);
        lastPoints = to - cursor;
        cursor = to;
        if (cursor == n) {
            ViewGrid g = shownGrid;
            GridEvaluator e = shown;
            shownGrid = nextGrid;
            shown = next;
            shownFresh = nextClean;
            nextGrid = g;
            next = e;
            cursor = 0;
        }
    }

    private ViewGrid grid(int resolution) {
        return data.dimension() == 1 ? ViewGrid.line(data.domain(), resolution) : ViewGrid.plane(data.domain(), resolution);
    }

    private GridEvaluator evaluator(ViewGrid grid) {
        GridEvaluator e = new GridEvaluator(spec, grid.points());
        grid.writeInputs(features, data.slice(), e);
        return e;
    }

    /** The grid shown: complete, of the weights described at {@link ProgressiveGrid}. */
    public ViewGrid grid() {
        return shownGrid;
    }

    /** Its values. */
    public GridEvaluator evaluator() {
        return shown;
    }

    /** Points evaluated by the last {@link #advance}. */
    public int lastPoints() {
        return lastPoints;
    }

    /** Work of the last {@link #advance}, in the units of {@link GridBudget}. */
    public long lastWork() {
        return lastPoints * GridBudget.costPerPoint(spec);
    }

    /** Whether the grid shown is whole, of the current weights and at the finest resolution allowed. */
    public boolean complete() {
        return shown != null && shownFresh && shownGrid.resolution() == still();
    }

    /** The shape this grid evaluates. */
    public NetworkSpec spec() {
        return spec;
    }

    /** Whether this grid was made for {@code data} and {@code features}. */
    public boolean isFor(NetworkSpec s, Dataset d, FeatureSet f) {
        return spec == s && data == d && features.equals(f);
    }
}
