package org.nnplayground.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Number formats of the Markdown report; NaN (not measured) shows as "-". */
final class Fmt {
    private Fmt() {
    }

    static String rate(double perSecond) {
        if (Double.isNaN(perSecond)) {
            return "-";
        }
        if (perSecond >= 1e6) {
            return fixed(perSecond / 1e6, 2) + " M/s";
        }
        return fixed(perSecond / 1e3, 0) + " k/s";
    }

    /** A count per second with thousands separators: "48,200". */
    static String count(double perSecond) {
        if (Double.isNaN(perSecond)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }

    static String epochs(double perSecond) {
        if (Double.isNaN(perSecond)) {
            return "-";
        }
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond) : fixed(perSecond, 1);
    }

    static String ratio(double r) {
        return Double.isNaN(r) ? "-" : fixed(r, 2) + "x";
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : fixed(v, v < 10 ? 2 : 1);
    }

    static String sig(double v) {
        return String.format(Locale.ROOT, "%.10g", v);
    }

    static String list(List<Double> values) {
        List<String> s = new ArrayList<>();
        for (double v : values) {
            s.add(fixed(v, 0));
        }
        return String.join(", ", s);
    }

    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
