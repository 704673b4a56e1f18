package org.nnplayground.core.data;

import java.util.ArrayList;
import java.util.List;

/** Test helper: the points of a split (train first, then test) as plain records. */
record SplitPoints(List<Point> points, Dataset train, Dataset test) {
    record Point(double x1, double x2, int label, double target) {
    }

    static SplitPoints of(DataSplit split) {
        List<Point> list = new ArrayList<>();
        add(split.train(), list);
        add(split.test(), list);
        return new SplitPoints(list, split.train(), split.test());
    }

    static SplitPoints generate(DataSpec spec) {
        return of(Datasets.generate(spec));
    }

    private static void add(Dataset d, List<Point> out) {
        boolean classes = d.problem().isClassification();
        for (int i = 0; i < d.size(); i++) {
            out.add(new Point(d.x1(i), d.x2(i), classes ? d.label(i) : -1, classes ? Double.NaN : d.target(i)));
        }
    }
}
