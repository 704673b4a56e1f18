package org.nnplayground.core.view.lab;

import org.nnplayground.core.data.sequence.CharVocabulary;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.Palette;

/**
 * The next-character probabilities as horizontal bars, one row per character, likeliest on top: the
 * character's name on the left, a bar whose length is its probability on a fixed scale of 0 to 1
 * (so an unsure model shows short bars, not a full one), the probability written at the right.
 * A faint track behind each bar marks the whole scale.
 */
public final class NextCharacterBarsPainter {
    /** Font size of the labels. */
    public static final double FONT = 12;
    /** Tallest row. */
    public static final double MAX_ROW = 24;
    private static final double GAP = 8;

    /** Paints the {@code k} likeliest characters of {@code p} (one probability per symbol of {@code vocabulary}). */
    public void paint(DrawSurface s, double[] p, CharVocabulary vocabulary, int k) {
        Palette palette = s.palette();
        s.clear();
        int[] best = NextCharacterBars.top(p, k);
        if (best.length == 0) {
            return;
        }
        s.setFont(FONT, false);
        double labelWidth = s.textWidth("new line");
        double valueWidth = s.textWidth("100.0 %");
        double row = Math.min(MAX_ROW, s.height() / best.length);
        double left = labelWidth + GAP;
        double track = Math.max(1, s.width() - left - valueWidth - 2 * GAP);
        double barHeight = Math.max(1, row * 0.7);
        for (int r = 0; r < best.length; r++) {
            double q = p[best[r]];
            double y = r * row;
            double mid = y + row / 2;
            s.setFill(palette.text());
            s.fillText(NextCharacterBars.name(vocabulary.symbol(best[r])), labelWidth, mid, 1);
            s.setFill(palette.inset());
            s.fillRect(left, mid - barHeight / 2, track, barHeight);
            s.setFill(palette.trainLine());
            s.fillRect(left, mid - barHeight / 2, track * clamp(q), barHeight);
            s.setFill(palette.mutedText());
            s.fillText(NextCharacterBars.percent(q), s.width(), mid, 1);
        }
    }

    /** The height the view needs for {@code k} rows. */
    public static double height(int k) {
        return k * MAX_ROW;
    }

    private static double clamp(double q) {
        return q != q || q < 0 ? 0 : (q > 1 ? 1 : q);
    }
}
