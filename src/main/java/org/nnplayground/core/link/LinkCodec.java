package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.state.Preset;
import org.nnplayground.core.state.Presets;

/**
 * The link format: the whole playground in a URL fragment, one key=value pair per setting, in a fixed
 * order, every setting always written (but the optional ones named below), numbers in their shortest
 * exact spelling; so one state has exactly one link. Decoding never throws: it keeps what is valid,
 * uses the defaults for the rest and says in words what it ignored or changed.
 *
 * <p>Version 1 (v=1), keys in order: preset, data, n (points), noise (0..1), train (training fraction),
 * classes, seed, f (input features), h (hidden widths), act (hidden activations), out, loss, skip, init,
 * lr, batch, opt, reg, rate, bias (biases learn: 1/0), shuffle (1/0), disc (discretize output),
 * test (show test data), log (loss chart on a log axis: 1/0), stop (epoch to stop at, 0 none),
 * stoploss (training loss to stop at, 0 none), speed (see {@link LinkSpeed}), hide (controls an
 * embedding hides, see {@link Controls}), optionally theme (light or dark: written only when the link
 * forces a colour scheme, see {@link Theme}), then, only when set, layout (figure or full), views (the
 * figure's views in order, see {@link org.nnplayground.core.state.FigureView}), title and caption (an
 * author's plain text), and optionally w (trained weights, base64url of the doubles) with we (the
 * epoch they were taken at). Links written before log, stoploss, speed, theme and the figure's keys
 * existed open as before: a key that is absent keeps its default. Each key, its codec and its
 * limits are one row of {@link LinkFields}; encoding and decoding are loops over that table.
 */
public final class LinkCodec {
    /** The format written; links of this and earlier versions are read. */
    public static final int VERSION = 1;
    /** Largest weight a link may carry. */
    public static final double MAX_WEIGHT = Limits.MAX_WEIGHT;
    /** Largest epoch to stop at. */
    public static final int MAX_STOP_EPOCH = 1_000_000_000;
    /** How the notice starts that says a link's data is a table, which links do not carry. */
    public static final String TABLE_NOTICE = "The link's data is a table";
    /** What {@link #decodeOwn} says of a TensorFlow Playground link, which it leaves unread. */
    public static final String FOREIGN_NOTICE = "This is a TensorFlow Playground link, which this module does not"
            + " read; the default setup was opened.";

    /** A decoded link and what the decoder had to say about it. */
    public record Decoded(LinkState link, List<String> notices) {
        public Decoded {
            notices = List.copyOf(notices);
        }
    }

    private LinkCodec() {
    }

    /** The fragment (without '#') for {@code link}. */
    public static String encode(LinkState link) {
        return LinkFields.TABLE.encode(link);
    }

    /**
     * Reads a fragment (with or without '#'); an empty one gives the default preset without notices. A
     * TensorFlow Playground link opens as the same setup (see {@link TensorFlowLinks}).
     */
    public static Decoded decode(String fragment) {
        return decode(fragment, TensorFlowLinks::decode);
    }

    /**
     * Reads a fragment as {@link #decode} does, but a TensorFlow Playground link ({@link #isTensorFlowLink})
     * gives the default setup with {@link #FOREIGN_NOTICE}: for a module without that reader, which hands
     * such links to the module that has it.
     */
    public static Decoded decodeOwn(String fragment) {
        return decode(fragment, pairs -> new Decoded(LinkState.of(Presets.defaultPreset().state()), List.of(FOREIGN_NOTICE)));
    }

    /**
     * Whether {@code fragment} is a TensorFlow Playground link: one of its keys and none of ours ("v").
     * Read from the same pairs as every link ({@link Fragment#parse}).
     */
    public static boolean isTensorFlowLink(String fragment) {
        return isTensorFlow(Fragment.parse(fragment));
    }

    private static boolean isTensorFlow(List<Fragment.Pair> pairs) {
        boolean theirs = false;
        for (Fragment.Pair p : pairs) {
            if (p.key().equals("v")) {
                return false;
            }
            theirs |= p.key().equals("networkShape") || p.key().equals("regDataset") || p.key().equals("percTrainData")
                    || p.key().equals("learningRate") || p.key().equals("batchSize");
        }
        return theirs;
    }

    private static Decoded decode(String fragment, Function<List<Fragment.Pair>, Decoded> tensorFlowLinks) {
        List<String> notices = new ArrayList<>();
        List<Fragment.Pair> pairs = Fragment.parse(fragment);
        if (fragment != null && fragment.length() > Fragment.MAX_LENGTH) {
            notices.add("The link is longer than " + Fragment.MAX_LENGTH + " characters; the rest was ignored.");
        }
        if (pairs.size() >= Fragment.MAX_PAIRS) {
            notices.add("The link has more than " + Fragment.MAX_PAIRS + " settings; the rest were ignored.");
        }
        if (isTensorFlow(pairs)) {
            return tensorFlowLinks.apply(pairs);
        }
        LinkState base = baseFor(pairs, notices);
        Draft d = LinkFields.TABLE.read(pairs, base, notices);
        d.limitHidden(notices);
        try {
            return new Decoded(d.build(notices), notices);
        } catch (IllegalArgumentException e) {
            notices.add("The link's settings do not fit together (" + e.getMessage() + "); using the default.");
            return new Decoded(base, notices);
        }
    }

    private static LinkState baseFor(List<Fragment.Pair> pairs, List<String> notices) {
        for (Fragment.Pair p : pairs) {
            if (p.key().equals(LinkFields.PRESET.key()) && !p.value().isEmpty()) {
                Preset preset = Presets.byId(p.value());
                if (preset != null) {
                    return LinkState.ofPreset(preset);
                }
                notices.add("There is no preset '" + LinkText.shown(p.value()) + "'; the default was used.");
                break;
            }
        }
        return LinkState.of(Presets.defaultPreset().state());
    }
}
