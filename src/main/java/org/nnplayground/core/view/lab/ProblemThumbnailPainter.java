package org.nnplayground.core.view.lab;

import org.nnplayground.core.data.image.ImageSet;
import org.nnplayground.core.data.sequence.SequenceData;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * Small pictures of the sequence and image problems for the problem picker, as the points' data
 * sets have theirs: one sequence's inputs as bars and its targets as a line over the steps; a few
 * images side by side; the first characters of a text.
 */
public final class ProblemThumbnailPainter {
    /** Paints the first sequence of {@code data}: inputs as bars from the middle, targets as a line (the last step's as a dot). */
    public void paintSequence(DrawSurface s, SequenceData data) {
        double w = s.width();
        double h = s.height();
        Palette p = ground(s);
        if (data.count() < 1 || !(w > 0) || !(h > 0)) {
            return;
        }
        int steps = data.steps();
        double max = 1e-9;
        for (int t = 0; t < steps; t++) {
            max = Math.max(max, Math.abs(data.input(0, t, 0)));
        }
        for (int t = 0; t < data.targetSteps(); t++) {
            max = Math.max(max, Math.abs(data.target(0, t, 0)));
        }
        double mid = h / 2;
        double scale = (h / 2 - 2) / max;
        double step = w / steps;
        s.setFill(p.negative());
        for (int t = 0; t < steps; t++) {
            double v = data.input(0, t, 0) * scale;
            s.fillRect(t * step + step * 0.2, v >= 0 ? mid - v : mid, step * 0.6, Math.abs(v));
        }
        s.setStroke(p.positive());
        s.setLineWidth(Math.max(1.5, h / 30));
        if (data.targetsEveryStep()) {
            s.beginPath();
            for (int t = 0; t < steps; t++) {
                double x = t * step + step / 2;
                double y = mid - data.target(0, t, 0) * scale;
                if (t == 0) {
                    s.moveTo(x, y);
                } else {
                    s.lineTo(x, y);
                }
            }
            s.stroke();
        } else {
            s.setFill(p.positive());
            s.beginPath();
            s.circle(w - step / 2, mid - data.target(0, 0, 0) * scale, Math.max(2, h / 14));
            s.fill();
        }
    }

    /** Paints the first images of {@code images} side by side, as many as fit in a row of squares. */
    public void paintImages(DrawSurface s, ImageSet images) {
        double w = s.width();
        double h = s.height();
        Palette p = ground(s);
        int n = (int) Math.max(1, Math.min(images.size(), Math.floor(w / h)));
        int side = images.side();
        double cell = Math.min(h, w / n);
        double px = cell / side;
        for (int i = 0; i < n && i < images.size(); i++) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    double v = images.pixel(i, x, y);
                    if (v > 0.05) {
                        s.setFill(p.sequential(Math.min(1.0, v)));
                        s.fillRect(i * cell + x * px, y * px, px + 0.5, px + 0.5);
                    }
                }
            }
        }
    }

    /** Paints the first characters of {@code text}. */
    public void paintText(DrawSurface s, String text) {
        Palette p = ground(s);
        s.setFill(p.text());
        double size = Math.max(8, s.height() / 5);
        s.setFont(size, false);
        // Two short lines of the text, from the left, as much as fits.
        int perLine = (int) Math.max(4, s.width() / (size * 0.6));
        String flat = text.replace('\n', ' ');
        for (int line = 0; line < 2 && line * perLine < flat.length(); line++) {
            String part = flat.substring(line * perLine, Math.min(flat.length(), (line + 1) * perLine));
            s.fillText(part, 3, s.height() / 2 + (line - 0.5) * size * 1.3, -1);
        }
    }

    private static Palette ground(DrawSurface s) {
        s.clear();
        Palette p = s.palette();
        s.setFill(p.inset());
        s.fillRect(0, 0, s.width(), s.height());
        return p;
    }
}
