package org.nnplayground.core.data;

/**
 * Drawn points as short text for a link: a letter for the problem ({@code c} two classes, {@code m}
 * several, {@code y} a curve, {@code z} a surface), then each point's grid steps
 * ({@link DrawnPoints}) packed into base64url characters of 6 bits, most significant first:
 * classes 12 + 12 + 3 bits in 5 characters, a curve 12 + 12 bits in 4, a surface 12 + 12 + 12
 * bits in 6. So 400 points of classes take 2,001 characters. {@link #read} gives back exactly the
 * set {@link #write} wrote, and refuses anything else with a message.
 */
public final class DrawnPointsText {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int BITS = 12;
    private static final int MASK = DrawnPoints.LEVELS - 1;

    private DrawnPointsText() {
    }

    /** The text of {@code points}. */
    public static String write(DrawnPoints points) {
        ProblemType problem = points.problem();
        int width = charsPerPoint(problem);
        StringBuilder s = new StringBuilder(1 + width * points.size()).append(letter(problem));
        for (int i = 0; i < points.size(); i++) {
            int[] q = points.steps(i);
            long packed;
            switch (problem) {
                case REGRESSION_1D:
                    packed = ((long) q[0] << BITS) | q[1];
                    break;
                case REGRESSION_2D:
                    packed = ((((long) q[0] << BITS) | q[1]) << BITS) | q[2];
                    break;
                default:
                    packed = ((((long) q[0] << BITS) | q[1]) << 3) | q[2];
            }
            for (int c = width - 1; c >= 0; c--) {
                s.append(ALPHABET.charAt((int) ((packed >>> (6 * c)) & 63)));
            }
        }
        return s.toString();
    }

    /**
     * The points {@code text} holds.
     *
     * @throws IllegalArgumentException saying what is wrong: an unknown problem letter, a length that
     *                                  is no whole number of points, a character outside base64url,
     *                                  more than {@link DrawnPoints#MAX_POINTS} points, or a class
     *                                  beyond the problem's
     */
    public static DrawnPoints read(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("the drawn points are empty: not even the letter of their problem");
        }
        ProblemType problem = problemOf(text.charAt(0));
        if (problem == null) {
            throw new IllegalArgumentException("the drawn points start with '" + shown(text.charAt(0))
                    + "', not c, m, y or z (their problem)");
        }
        int width = charsPerPoint(problem);
        int body = text.length() - 1;
        if (body % width != 0) {
            throw new IllegalArgumentException("the drawn points are cut short: " + body + " characters are not a whole"
                    + " number of points of " + width);
        }
        int n = body / width;
        if (n > DrawnPoints.MAX_POINTS) {
            throw new IllegalArgumentException("the link holds " + n + " drawn points; at most " + DrawnPoints.MAX_POINTS
                    + " are read");
        }
        int[] q1 = new int[n];
        int[] q2 = new int[n];
        int[] qv = new int[n];
        for (int i = 0; i < n; i++) {
            long packed = 0;
            for (int c = 0; c < width; c++) {
                int at = 1 + i * width + c;
                int digit = ALPHABET.indexOf(text.charAt(at));
                if (digit < 0) {
                    throw new IllegalArgumentException("the drawn points hold '" + shown(text.charAt(at))
                            + "' at character " + (at + 1) + ", which is not base64url");
                }
                packed = (packed << 6) | digit;
            }
            switch (problem) {
                case REGRESSION_1D:
                    q1[i] = (int) (packed >>> BITS) & MASK;
                    q2[i] = (int) packed & MASK;
                    break;
                case REGRESSION_2D:
                    q1[i] = (int) (packed >>> (2 * BITS)) & MASK;
                    q2[i] = (int) (packed >>> BITS) & MASK;
                    qv[i] = (int) packed & MASK;
                    break;
                default:
                    if ((packed >>> (2 * BITS + 3)) != 0) {
                        throw new IllegalArgumentException("drawn point " + (i + 1) + " is damaged (its unused bits are set)");
                    }
                    q1[i] = (int) (packed >>> (BITS + 3)) & MASK;
                    q2[i] = (int) (packed >>> 3) & MASK;
                    qv[i] = (int) packed & 7;
                    if (qv[i] >= DrawnPoints.maxClasses(problem)) {
                        throw new IllegalArgumentException("drawn point " + (i + 1) + " is of class " + (qv[i] + 1)
                                + "; two-class data has classes 1 and 2");
                    }
            }
        }
        try {
            return DrawnPoints.ofSteps(problem, q1, q2, qv);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("drawn " + e.getMessage());
        }
    }

    /** Characters one point takes for {@code problem}. */
    static int charsPerPoint(ProblemType problem) {
        switch (problem) {
            case REGRESSION_1D:
                return 4;
            case REGRESSION_2D:
                return 6;
            default:
                return 5;
        }
    }

    private static char letter(ProblemType problem) {
        switch (problem) {
            case CLASSIFICATION:
                return 'c';
            case MULTICLASS:
                return 'm';
            case REGRESSION_1D:
                return 'y';
            default:
                return 'z';
        }
    }

    private static ProblemType problemOf(char c) {
        for (ProblemType p : ProblemType.values()) {
            if (letter(p) == c) {
                return p;
            }
        }
        return null;
    }

    private static String shown(char c) {
        return c >= ' ' && c < 127 ? String.valueOf(c) : "\\u" + Integer.toHexString(c);
    }
}
