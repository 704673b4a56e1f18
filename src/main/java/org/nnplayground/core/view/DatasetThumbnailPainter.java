package org.nnplayground.core.view;

import org.nnplayground.core.data.Dataset;
import org.nnplayground.core.data.Domain;

/**
 * A small picture of a data set for the data set picker: its points over its domain, coloured by
 * class (or by target for 2-D regression); 1-D data as the points of its curve.
 */
public final class DatasetThumbnailPainter {
    /** Paints {@code data} to fill the surface. */
    public void paint(DrawSurface s, Dataset data) {
        double w = s.width();
        double h = s.height();
        s.clear();
        Palette p = s.palette();
        s.setFill(p.inset());
        s.fillRect(0, 0, w, h);
        Domain d = data.domain();
        double r = Math.max(1.2, Math.min(w, h) / 40.0);
        double xSpan = d.xMax() - d.xMin();
        double ySpan = d.yMax() - d.yMin();
        if (!(xSpan > 0) || !(ySpan > 0)) {
            return;
        }
        int classes = data.numClasses();
        boolean curve = data.dimension() == 1;
        if (classes > 0) {
            for (int k = 0; k < classes; k++) {
                s.setFill(p.forClass(k, classes));
                s.beginPath();
                for (int i = 0; i < data.size(); i++) {
                    if (data.label(i) == k) {
                        s.circle((data.x1(i) - d.xMin()) / xSpan * w, (d.yMax() - data.x2(i)) / ySpan * h, r);
                    }
                }
                s.fill();
            }
            return;
        }
        for (int i = 0; i < data.size(); i++) {
            double y = curve ? data.target(i) : data.x2(i);
            s.setFill(curve ? p.positive() : p.diverging(data.target(i)));
            s.beginPath();
            s.circle((data.x1(i) - d.xMin()) / xSpan * w, (d.yMax() - y) / ySpan * h, r);
            s.fill();
        }
    }
}
