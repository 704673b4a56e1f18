package org.nnplayground.core.link;

import java.util.List;
import org.nnplayground.core.state.Speed;
import org.nnplayground.core.text.Ascii;

/**
 * The speed a link carries ({@code speed=}): the id of a {@link Speed}. A whole number is epochs
 * per frame ("1", the default, up to {@link Speed#MAX_EPOCHS_PER_FRAME}); {@code batch},
 * {@code batch10}, {@code batch30} and {@code epoch10} are the speeds below one epoch per frame. The
 * id is text, so that a new speed needs no new key and no new format version. This class is the one
 * place that maps link values to the session's speeds and back.
 */
public final class LinkSpeed {
    /** One epoch per frame: the speed of a link without {@code speed=}. */
    public static final String DEFAULT = Speed.DEFAULT.id();

    private LinkSpeed() {
    }

    /** The id a link writes for {@code speed}. */
    public static String of(Speed speed) {
        return (speed == null ? Speed.DEFAULT : speed).id();
    }

    /** The id of a speed of {@code epochsPerFrame} epochs per frame (cut to the allowed range). */
    public static String ofEpochsPerFrame(int epochsPerFrame) {
        return Speed.epochsPerFrame(epochsPerFrame).id();
    }

    /** The speed of an id written by {@link #of} or accepted by {@link #read}; the default for any other text. */
    public static Speed speed(String id) {
        Speed s = Speed.byId(id);
        return s == null ? Speed.DEFAULT : s;
    }

    /** Epochs per frame of a speed id (1 for the speeds below one epoch per frame). */
    public static int epochsPerFrame(String id) {
        Speed s = speed(id);
        return s.unit() == Speed.Unit.EPOCH && s.everyFrames() == 1 ? s.count() : 1;
    }

    /**
     * The id for a link's {@code speed=} value: a speed's id as it is, a whole number of epochs per
     * frame cut to 1..{@link Speed#MAX_EPOCHS_PER_FRAME} with the usual notice.
     *
     * @throws IllegalArgumentException with the notice, for a value that is no speed
     */
    static String read(String value, List<String> notices) {
        Speed s = Speed.byId(value);
        if (s != null) {
            return s.id();
        }
        if (!value.isEmpty() && (value.charAt(0) == '-' || Ascii.isDigit(value.charAt(0)))) {
            long n = FieldCodecs.clamped("Speed", "speed", value, 1, Speed.MAX_EPOCHS_PER_FRAME, notices);
            return ofEpochsPerFrame((int) n);
        }
        throw new IllegalArgumentException("Ignored speed='" + LinkText.shown(value)
                + "': a speed is a number of epochs per frame (1 to " + Speed.MAX_EPOCHS_PER_FRAME
                + ") or one of batch, batch10, batch30, epoch10.");
    }

    /** Whether {@code id} is a speed this version knows (for a state built in code). */
    static boolean known(String id) {
        return Speed.byId(id) != null;
    }
}
