package org.nnplayground.core.link;

import java.util.List;
import org.nnplayground.core.state.Session;

/**
 * The speed a link carries ({@code speed=}), as a short id: a whole number is epochs per frame, the
 * run bar's usual speeds ("1" is the default, up to {@link Session#MAX_SPEED}). The id is text so
 * that speeds below one epoch per frame can be given names of their own here without a new key or a
 * new format version. This class is the one place that maps ids to the session's speeds and back.
 */
public final class LinkSpeed {
    /** One epoch per frame: the speed of a link without {@code speed=}. */
    public static final String DEFAULT = "1";

    private LinkSpeed() {
    }

    /** The id of a speed of {@code epochsPerFrame} epochs per frame. */
    public static String ofEpochsPerFrame(int epochsPerFrame) {
        return Integer.toString(epochsPerFrame);
    }

    /** Epochs per frame of a speed id written by {@link #ofEpochsPerFrame} or accepted by {@link #read}. */
    public static int epochsPerFrame(String id) {
        int n = 0;
        for (int i = 0; i < id.length() && n <= Session.MAX_SPEED; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return 1;
            }
            int digit = c - '0';
            n = n * 10 + digit;
        }
        return Math.max(1, Math.min(Session.MAX_SPEED, n));
    }

    /**
     * The id for a link's {@code speed=} value: a whole number of epochs per frame, cut to
     * 1..{@link Session#MAX_SPEED} with the usual notice.
     *
     * @throws IllegalArgumentException with the notice, for a value that is no speed
     */
    static String read(String value, List<String> notices) {
        long n = LinkCodec.clamped("Speed", "speed", value, 1, Session.MAX_SPEED, notices);
        return ofEpochsPerFrame((int) n);
    }

    /** Whether {@code id} is a speed this version knows (for a state built in code). */
    static boolean known(String id) {
        return id != null && ofEpochsPerFrame(epochsPerFrame(id)).equals(id);
    }
}
