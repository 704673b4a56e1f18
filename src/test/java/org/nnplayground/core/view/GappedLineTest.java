package org.nnplayground.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.view.RecordingSurface.Kind;
import org.nnplayground.core.view.RecordingSurface.Segment;

class GappedLineTest {
    private static List<Segment> draw(GappedLine line, double[][] points) {
        RecordingSurface s = new RecordingSurface(100, 100);
        line.begin(s);
        for (double[] p : points) {
            line.point(p[0], p[1]);
        }
        line.stroke();
        assertEquals(1, s.paths.size(), "one stroked path");
        assertTrue(s.allCoordinatesFinite(), "no coordinate that is not a finite number reaches the surface");
        return s.paths.get(0).segments();
    }

    @Test
    void joinsFinitePointsAndEndsAtTheLastOne() {
        GappedLine line = new GappedLine();
        List<Segment> segs = draw(line, new double[][] {{0, 1}, {1, 2}, {2, 3}});
        assertEquals(List.of(Kind.MOVE, Kind.LINE, Kind.LINE), segs.stream().map(Segment::kind).toList());
        assertEquals(2.0, segs.get(2).x());
        assertTrue(line.hasLast());
        assertEquals(2.0, line.lastX());
        assertEquals(3.0, line.lastY());
    }

    @Test
    void aNonFiniteCoordinateLeavesAGapAndTheLineStartsAgainAfterIt() {
        GappedLine line = new GappedLine();
        double inf = Double.POSITIVE_INFINITY;
        List<Segment> segs = draw(line, new double[][] {
            {0, 1}, {1, Double.NaN}, {2, 2}, {3, 3}, {inf, 4}, {5, -inf}, {6, 6}, {7, Double.NaN}});
        assertEquals(List.of(Kind.MOVE, Kind.MOVE, Kind.LINE, Kind.MOVE), segs.stream().map(Segment::kind).toList());
        assertEquals(6.0, line.lastX(), "the last drawn point, not the last one given");
        assertEquals(6.0, line.lastY());
    }

    @Test
    void nothingPlottableMeansNoLastPointAndEachBeginForgetsTheOldOne() {
        GappedLine line = new GappedLine();
        draw(line, new double[][] {{1, 1}});
        assertTrue(line.hasLast());
        List<Segment> segs = draw(line, new double[][] {{0, Double.NaN}, {Double.NaN, 1}});
        assertTrue(segs.isEmpty());
        assertFalse(line.hasLast());
        assertTrue(Double.isNaN(line.lastX()) && Double.isNaN(line.lastY()));
    }
}
