package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.DrawnPointsText;
import org.nnplayground.core.data.FeatureSet;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.Figure;
import org.nnplayground.core.state.FigureView;
import org.nnplayground.core.state.Presets;

/**
 * The codecs of the link settings that are more than a number, a flag or a choice: the format
 * version, the preset, the input features, the hidden layers' widths and activations, the
 * controls an embedding hides, and how a figure presents itself (layout, views, title, caption).
 */
final class SettingCodecs {
    private SettingCodecs() {
    }

    /** The format version ({@code v=}): a link of a newer version opens with a notice. */
    static FieldCodec<Integer> version(int current) {
        FieldCodec<Long> number = FieldCodecs.exact(1, Integer.MAX_VALUE);
        return new FieldCodec<>() {
            @Override
            public String write(Integer value) {
                return Integer.toString(value);
            }

            @Override
            public Integer read(String key, String text, List<String> notices) {
                long version = number.read(key, text, notices);
                if (version > current) {
                    notices.add("The link was made by a newer version (" + version
                            + "); what this version knows was used.");
                }
                return current;
            }
        };
    }

    /** Drawn points as {@link DrawnPointsText} writes them; damaged text is ignored with a notice saying how. */
    static FieldCodec<DrawnPoints> drawnPoints() {
        return new FieldCodec<>() {
            @Override
            public String write(DrawnPoints value) {
                return DrawnPointsText.write(value);
            }

            @Override
            public DrawnPoints read(String key, String text, List<String> notices) {
                try {
                    return DrawnPointsText.read(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Ignored the drawn points (" + key + "=): "
                            + LinkText.shown(e.getMessage()) + ".");
                }
            }
        };
    }

    /** The preset a link came from; an unknown one reads as none (the decoder has said so already). */
    static FieldCodec<String> preset() {
        return new FieldCodec<>() {
            @Override
            public String write(String value) {
                return value;
            }

            @Override
            public String read(String key, String text, List<String> notices) {
                return Presets.byId(text) == null ? "" : text;
            }
        };
    }

    /** The input features by their ids ({@code x1,x2,sinx1}). */
    static FieldCodec<FeatureSet> features() {
        return new FieldCodec<>() {
            @Override
            public String write(FeatureSet value) {
                return value.ids();
            }

            @Override
            public FeatureSet read(String key, String text, List<String> notices) {
                try {
                    return FeatureSet.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Ignored the input features '" + LinkText.shown(text) + "': "
                            + LinkText.shown(e.getMessage()));
                }
            }
        };
    }

    /**
     * The hidden layers' widths ({@code 4,2}, empty for none). They are cut to the limits later, with
     * the layer count, once every setting is read (see {@code Draft.limitHidden}).
     */
    static FieldCodec<Widths> widths() {
        return new FieldCodec<>() {
            @Override
            public String write(Widths value) {
                StringBuilder s = new StringBuilder();
                for (int v : value.sizes()) {
                    s.append(s.length() > 0 ? "," : "").append(v);
                }
                return s.toString();
            }

            @Override
            public Widths read(String key, String text, List<String> notices) {
                List<Integer> sizes = new ArrayList<>();
                List<String> written = new ArrayList<>();
                if (text.isEmpty()) {
                    return new Widths(sizes, written);
                }
                String[] parts = LinkText.split(text);
                if (parts.length > Limits.MAX_HIDDEN_LAYERS * 4) {
                    throw new IllegalArgumentException("Ignored the hidden layers: far more than "
                            + Limits.MAX_HIDDEN_LAYERS + ".");
                }
                for (String part : parts) {
                    long n = FieldCodecs.whole(key, part);
                    sizes.add((int) Limits.cut(n, -1_000_000_000, 1_000_000_000));
                    written.add(FieldCodecs.wholeText(part, n));
                }
                return new Widths(sizes, written);
            }
        };
    }

    /** The hidden layers' activations by their ids ({@code tanh,relu}); each must suit a hidden layer. */
    static FieldCodec<List<Activation>> hiddenActivations() {
        return new FieldCodec<>() {
            @Override
            public String write(List<Activation> value) {
                StringBuilder s = new StringBuilder();
                for (Activation a : value) {
                    s.append(s.length() > 0 ? "," : "").append(a.id());
                }
                return s.toString();
            }

            @Override
            public List<Activation> read(String key, String text, List<String> notices) {
                List<Activation> list = new ArrayList<>();
                if (text.isEmpty()) {
                    return list;
                }
                for (String part : LinkText.split(text)) {
                    Activation a = Activation.byId(part);
                    if (a == null || !a.allowedInHiddenLayer()) {
                        throw new IllegalArgumentException("Ignored the hidden activations '" + LinkText.shown(text)
                                + "': '" + LinkText.shown(part) + "' is not a hidden-layer activation.");
                    }
                    list.add(a);
                }
                return list;
            }
        };
    }

    /** The controls an embedding hides, by their ids (see {@link Controls}); unknown ids are named and left out. */
    static FieldCodec<List<String>> hiddenControls() {
        return new FieldCodec<>() {
            @Override
            public String write(List<String> value) {
                return String.join(",", value);
            }

            @Override
            public List<String> read(String key, String text, List<String> notices) {
                List<String> ids = new ArrayList<>();
                if (text.isEmpty()) {
                    return ids;
                }
                for (String id : LinkText.split(text)) {
                    if (Controls.known(id)) {
                        ids.add(id);
                    } else {
                        notices.add("Ignored " + key + "='" + LinkText.shown(id) + "': there is no such control.");
                    }
                }
                return ids;
            }
        };
    }

    /** The speed by its id (see {@link LinkSpeed}). */
    static FieldCodec<String> speed() {
        return new FieldCodec<>() {
            @Override
            public String write(String value) {
                return value;
            }

            @Override
            public String read(String key, String text, List<String> notices) {
                return LinkSpeed.read(text, notices);
            }
        };
    }

    /** The layout ({@code figure} or {@code full}); the page's own pick is not written. */
    static FieldCodec<Figure.Layout> layout() {
        return new FieldCodec<>() {
            @Override
            public String write(Figure.Layout value) {
                return value.id();
            }

            @Override
            public Figure.Layout read(String key, String text, List<String> notices) {
                Figure.Layout layout = Figure.Layout.byId(text);
                if (layout == null) {
                    throw new IllegalArgumentException("Ignored " + key + "='" + LinkText.shown(text)
                            + "': the layouts are figure and full.");
                }
                return layout;
            }
        };
    }

    /**
     * The views of a figure, in order ({@code output,loss,landscape}); an unknown name is named with
     * the known ones and left out, a name given twice is shown once.
     */
    static FieldCodec<List<FigureView>> views() {
        return new FieldCodec<>() {
            @Override
            public String write(List<FigureView> value) {
                StringBuilder s = new StringBuilder();
                for (FigureView v : value) {
                    s.append(s.length() > 0 ? "," : "").append(v.id());
                }
                return s.toString();
            }

            @Override
            public List<FigureView> read(String key, String text, List<String> notices) {
                return FigureView.parse(text, notices);
            }
        };
    }

    /**
     * An author's plain text (a title or caption), cleaned as {@link Figure#clean} does and cut to
     * {@code max} characters with a notice; {@code name} says in the notice what it is.
     */
    static FieldCodec<String> plainText(String name, int max) {
        return new FieldCodec<>() {
            @Override
            public String write(String value) {
                return value;
            }

            @Override
            public String read(String key, String text, List<String> notices) {
                String cleaned = Figure.clean(text, Integer.MAX_VALUE);
                if (cleaned.length() > max) {
                    notices.add(name + ": " + cleaned.length() + " characters is above the limit of " + max
                            + "; the rest was cut.");
                }
                return Figure.clean(cleaned, max);
            }
        };
    }
}
