package org.nnplayground.core.data.image;

/**
 * Added images as short text, for a link ({@code add=}) and the browser's storage: the side in
 * decimal and a dot, then each image as one base64url character for its class followed by its
 * pixel levels ({@link AddedImages}), three pixels of 2 bits to a character, first pixel in the high
 * bits, the last character padded with zero bits. So an image of 12 x 12 takes 49 characters and
 * one of 16 x 16 takes 87. {@link #read} gives back exactly the set {@link #write} wrote, and
 * refuses anything else with a sentence.
 */
public final class AddedImagesText {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int PIXELS_PER_CHAR = 3;

    private AddedImagesText() {
    }

    /** Characters per image of {@code side}: its class, then its pixels. */
    static int charsPerImage(int side) {
        return 1 + (side * side + PIXELS_PER_CHAR - 1) / PIXELS_PER_CHAR;
    }

    /** The length of {@link #write}'s text for {@code images}, without writing it. */
    static int length(AddedImages images) {
        return Integer.toString(images.side()).length() + 1 + images.size() * charsPerImage(images.side());
    }

    /** The text of {@code images}. */
    public static String write(AddedImages images) {
        int side = images.side();
        int per = side * side;
        StringBuilder s = new StringBuilder(length(images)).append(side).append('.');
        for (int i = 0; i < images.size(); i++) {
            s.append(ALPHABET.charAt(images.label(i)));
            for (int p = 0; p < per; p += PIXELS_PER_CHAR) {
                int digit = 0;
                for (int k = 0; k < PIXELS_PER_CHAR; k++) {
                    digit = (digit << 2) | (p + k < per ? images.level(i, p + k) : 0);
                }
                s.append(ALPHABET.charAt(digit));
            }
        }
        return s.toString();
    }

    /**
     * The images {@code text} holds.
     *
     * @throws IllegalArgumentException saying what is wrong: no side, a side out of range, a length that
     *                                  is no whole number of images, a character outside base64url, set
     *                                  padding bits, or more than {@link AddedImages#MAX_IMAGES} images
     */
    public static AddedImages read(String text) {
        if (text == null) {
            throw new IllegalArgumentException("the added images are missing");
        }
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 2 || text.charAt(0) == '0') {
            throw new IllegalArgumentException("the added images do not start with their side and a dot (12.)");
        }
        int side = 0;
        for (int i = 0; i < dot; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("the added images do not start with their side and a dot (12.)");
            }
            int digit = c - '0';
            side = side * 10 + digit;
        }
        if (side < 1 || side > 64) {
            throw new IllegalArgumentException("added images are 1 to 64 pixels a side, not " + side);
        }
        int width = charsPerImage(side);
        int body = text.length() - dot - 1;
        if (body % width != 0) {
            throw new IllegalArgumentException("the added images are cut short: " + body + " characters are not a whole"
                    + " number of images of " + width);
        }
        int n = body / width;
        if (n > AddedImages.MAX_IMAGES) {
            throw new IllegalArgumentException(n + " added images are more than the " + AddedImages.MAX_IMAGES + " a page holds");
        }
        int per = side * side;
        byte[] levels = new byte[n * per];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int at = dot + 1 + i * width;
            labels[i] = digit(text, at);
            for (int c = 1; c < width; c++) {
                int d = digit(text, at + c);
                int first = (c - 1) * PIXELS_PER_CHAR;
                for (int k = 0; k < PIXELS_PER_CHAR; k++) {
                    int q = (d >> (2 * (PIXELS_PER_CHAR - 1 - k))) & 3;
                    if (first + k < per) {
                        levels[i * per + first + k] = (byte) q;
                    } else if (q != 0) {
                        throw new IllegalArgumentException("added image " + (i + 1) + " is damaged (its padding bits are set)");
                    }
                }
            }
        }
        return AddedImages.ofLevels(side, levels, labels);
    }

    private static int digit(String text, int at) {
        int d = ALPHABET.indexOf(text.charAt(at));
        if (d < 0) {
            char c = text.charAt(at);
            throw new IllegalArgumentException("the added images hold '" + (c < ' ' || c > '~' ? "?" : String.valueOf(c))
                    + "' at character " + (at + 1) + ", which is not base64url");
        }
        return d;
    }
}
