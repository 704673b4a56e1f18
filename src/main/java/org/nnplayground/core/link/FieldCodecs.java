package org.nnplayground.core.link;

import java.util.List;
import org.nnplayground.core.Named;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.math.Doubles;

/**
 * The kinds of link setting and how each is written and read: a flag, a whole number cut to its
 * limits, a whole number that must lie in a range, a real number cut to its limits, a positive real
 * number, 0 or a positive number, a choice by id and plain text. Limits are named in the words of {@link Limits}, the same
 * sentences the page's controls use.
 */
final class FieldCodecs {
    /** Larger than every limit and far from overflowing: what {@link #whole} gives for a number too large. */
    private static final long HUGE = Long.MAX_VALUE / 4;

    private FieldCodecs() {
    }

    /** On or off: written 1 or 0, read from 1, 0, true or false. */
    static FieldCodec<Boolean> flag() {
        return FLAG;
    }

    private static final FieldCodec<Boolean> FLAG = new FieldCodec<>() {
        @Override
        public String write(Boolean on) {
            return on ? "1" : "0";
        }

        @Override
        public Boolean read(String key, String text, List<String> notices) {
            if (text.equals("1") || text.equals("true")) {
                return true;
            }
            if (text.equals("0") || text.equals("false")) {
                return false;
            }
            throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(text) + "': use 1 or 0.");
        }
    };

    /** A whole number cut into [min, max]; the notice calls it {@code name}. */
    static FieldCodec<Integer> whole(String name, int min, int max) {
        return new FieldCodec<>() {
            @Override
            public String write(Integer value) {
                return Integer.toString(value);
            }

            @Override
            public Integer read(String key, String text, List<String> notices) {
                return (int) clamped(name, key, text, min, max, notices);
            }
        };
    }

    /** A whole number that must lie in [min, max]; one outside is ignored. */
    static FieldCodec<Long> exact(long min, long max) {
        return new FieldCodec<>() {
            @Override
            public String write(Long value) {
                return Long.toString(value);
            }

            @Override
            public Long read(String key, String text, List<String> notices) {
                long n = whole(key, text);
                if (n < min || n > max) {
                    throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(text) + "': allowed are "
                            + min + " to " + max + ".");
                }
                return n;
            }
        };
    }

    /** A real number cut into [min, max], in its shortest exact spelling; the notice calls it {@code name}. */
    static FieldCodec<Double> real(String name, double min, double max) {
        return new FieldCodec<>() {
            @Override
            public String write(Double value) {
                return LinkNumbers.format(value);
            }

            @Override
            public Double read(String key, String text, List<String> notices) {
                double v = LinkNumbers.parse(text);
                if (Doubles.isNaN(v)) {
                    throw new IllegalArgumentException("Ignored " + LinkText.inSentence(name) + " '" + LinkText.shown(text)
                            + "': not a number.");
                }
                if (v > max) {
                    notices.add(Limits.above(name, realText(text, v), LinkNumbers.format(max)));
                    return max;
                }
                if (v < min) {
                    notices.add(Limits.below(name, realText(text, v), LinkNumbers.format(min)));
                    return min;
                }
                return v;
            }
        };
    }

    /** A real number greater than 0, cut to {@code max}; the notice calls it {@code name}. */
    static FieldCodec<Double> positive(String name, double max) {
        return new FieldCodec<>() {
            @Override
            public String write(Double value) {
                return LinkNumbers.format(value);
            }

            @Override
            public Double read(String key, String text, List<String> notices) {
                double v = LinkNumbers.parse(text);
                if (!(v > 0)) {
                    throw new IllegalArgumentException("Ignored " + LinkText.inSentence(name) + " '" + LinkText.shown(text)
                            + "': it must be a number greater than 0.");
                }
                if (v > max) {
                    notices.add(Limits.above(name, realText(text, v), LinkNumbers.format(max)));
                    return max;
                }
                return v;
            }
        };
    }

    /** 0 for none or a positive finite number; {@code what} says in the notice what it is. */
    static FieldCodec<Double> zeroOrPositive(String what) {
        return new FieldCodec<>() {
            @Override
            public String write(Double value) {
                return LinkNumbers.format(value);
            }

            @Override
            public Double read(String key, String text, List<String> notices) {
                double v = LinkNumbers.parse(text);
                if (!(v >= 0 && Doubles.isFinite(v))) {
                    throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(text) + "': " + what
                            + " must be 0 (none) or a positive number.");
                }
                return v;
            }
        };
    }

    /** One of a fixed set of choices, written as its {@link Named#id()}. */
    static <T extends Named> FieldCodec<T> choice(T[] values) {
        return new FieldCodec<>() {
            @Override
            public String write(T value) {
                return value.id();
            }

            @Override
            public T read(String key, String text, List<String> notices) {
                T found = Named.byId(values, text);
                if (found == null) {
                    throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(text)
                            + "': not a known choice.");
                }
                return found;
            }
        };
    }

    /** Text kept as it is. */
    static FieldCodec<String> text() {
        return TEXT;
    }

    private static final FieldCodec<String> TEXT = new FieldCodec<>() {
        @Override
        public String write(String value) {
            return value;
        }

        @Override
        public String read(String key, String text, List<String> notices) {
            return text;
        }
    };

    /**
     * A whole number written as digits with an optional '-', of any length: one too large for a long
     * comes back as {@link #HUGE} (or -{@link #HUGE}), beyond every limit, so that it is cut to the
     * limit like any other large number.
     */
    static long whole(String key, String value) {
        boolean negative = value.startsWith("-");
        int start = negative ? 1 : 0;
        if (value.length() == start) {
            throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(value) + "': not a whole number.");
        }
        long n = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(value) + "': not a whole number.");
            }
            int digit = c - '0';
            n = n > HUGE / 10 ? HUGE : Math.min(HUGE, n * 10 + digit);
        }
        return negative ? -n : n;
    }

    /** How a whole number reads in a notice: the number, or as written when it was too large to hold. */
    static String wholeText(String value, long n) {
        return n == HUGE || n == -HUGE ? LinkText.shown(value) : Long.toString(n);
    }

    /** A whole number cut into [min, max], saying so when it was cut. */
    static long clamped(String name, String key, String value, long min, long max, List<String> notices) {
        long n = whole(key, value);
        String notice = Limits.cutNotice(name, wholeText(value, n), n, min, max);
        if (notice != null) {
            notices.add(notice);
        }
        return Limits.cut(n, min, max);
    }

    /**
     * How a number from a link reads in a notice: in its shortest spelling, or as the link wrote it
     * when it has no finite one (1e400 is too large for a double and reads back as infinity).
     */
    private static String realText(String value, double v) {
        return Doubles.isFinite(v) ? LinkNumbers.format(v) : LinkText.shown(value);
    }
}
